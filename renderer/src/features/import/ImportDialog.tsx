// 从 Excel 导入: choose a workbook, map its columns (skipped for the app's own template), then check
// everything before anything changes. 导入 stays disabled while there are errors; when pressed, the
// checked document replaces the open one as one undo step (or opens as a new document).
import { App as AntApp, Alert, Button, Checkbox, Modal, Space, Spin, Steps, Typography } from 'antd'
import { useState } from 'react'
import type { MappingDraft, WorkbookSummary } from '../../../../core/api/import-schema'
import type { BudgetDocument } from '../../../../core/document/envelope'
import type { UnitType } from '../../../../core/model/enums'
import { call } from '../../api/client'
import { useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'
import { useDocumentCommands } from '../document/DocumentProvider'
import { applyToCurrent, baseDocument, openAsNew } from './import-io'
import { INCLUDE_HIDDEN_LABEL } from '../../../../core/import/hidden-content'
import { blankMapping, mappingProblems } from './mapping-preview'
import { MappingPanel } from './MappingPanel'
import { PreviewReport, type Preview } from './PreviewReport'
import { SourcePanel, type Target } from './SourcePanel'

const t = text.importer

/** Next year's budget is the one being prepared, when its template ships. */
function defaultYear(years: number[]): number {
  const next = new Date().getFullYear() + 1
  return years.includes(next) ? next : (years[years.length - 1] ?? next)
}

interface Checked {
  result: Preview
  /** The editor snapshot the preview was computed on (null: a new document). */
  draft: BudgetDocument | null
}

export function ImportDialog({ years, onClose }: { years: number[]; onClose: () => void }) {
  const { message } = AntApp.useApp()
  const commands = useDocumentCommands()
  const hasDocument = useEditor((s) => s.history !== null)
  const units = useEditor((s) => s.history?.present.data.units)
  const [step, setStep] = useState(0)
  const [target, setTarget] = useState<Target>(hasDocument ? 'replace' : 'new')
  const [year, setYear] = useState(() => defaultYear(years))
  const [workbook, setWorkbook] = useState<WorkbookSummary | null>(null)
  const [mapping, setMapping] = useState<MappingDraft | null>(null)
  const [unitTypes, setUnitTypes] = useState<Record<string, UnitType>>({})
  const [checked, setChecked] = useState<Checked | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [remember, setRemember] = useState(true)
  // Hidden sheets, rows and columns are left out until the officer ticks the box (core/import/hidden-content.ts).
  const [includeHidden, setIncludeHidden] = useState(false)

  const check = async (wb: WorkbookSummary, m: MappingDraft | null, types: Record<string, UnitType>, hidden = includeHidden) => {
    setError(null)
    const base = target === 'new' ? null : baseDocument()
    if (base && !base.ok) return setError(base.message)
    if (!wb.isTemplate && !m) return
    setBusy(true)
    const options = { ...(target === 'append' ? { lines: 'append' as const } : {}), ...(target === 'new' ? { budgetYear: year } : {}), ...(Object.keys(types).length > 0 ? { newUnitTypes: types } : {}), ...(hidden ? { includeHidden: true } : {}) }
    const r = await call('import:preview', { mapping: wb.isTemplate || !m ? 'template' : [m], ...(base?.ok ? { document: base.document } : {}), options })
    setBusy(false)
    if (!r.ok) return setError(r.error.message)
    setChecked({ result: r.value, draft: base?.ok ? base.draft : null })
    setStep(2)
  }

  const pick = async (name: string | undefined, reload = false) => {
    setError(null)
    setBusy(true)
    const r = await call('import:pickWorkbook', reload ? { reload: true } : name !== undefined ? { name } : {})
    setBusy(false)
    if (!r.ok) return r.error.code === 'CANCELLED' ? undefined : setError(r.error.message)
    const wb = r.value
    setWorkbook(wb)
    if (wb.budgetYear !== undefined && target === 'new') setYear(wb.budgetYear)
    if (wb.isTemplate) return check(wb, null, unitTypes)
    // Re-reading the same file keeps the officer's mapping when its sheet is still there.
    const kept = reload && mapping && wb.sheets.some((s) => s.name === mapping.sheet) ? mapping : null
    const first = wb.sheets.find((s) => s.suggested) ?? wb.sheets[0]
    const m = kept ?? (first ? blankMapping(first) : null)
    setMapping(m)
    if (reload && kept) return check(wb, kept, unitTypes)
    setChecked(null)
    setStep(1)
  }

  const apply = async () => {
    const doc = checked?.result.resultingDocument
    if (!checked?.result.ok || !doc || !workbook) return
    if (target === 'new') {
      if (!(await commands.confirmUnsaved())) return
      await openAsNew(doc)
    } else if (!checked.draft || !applyToCurrent(checked.draft, doc)) {
      setError(t.changedMeanwhile)
      return
    }
    if (remember && mapping && !workbook.isTemplate) void call('import:rememberMapping', { mapping })
    void message.success(t.imported(checked.result.summary.lines))
    onClose()
  }

  const problems = mapping ? mappingProblems(mapping) : []
  const footer = [
    <Button key="cancel" onClick={onClose}>
      {text.common.cancel}
    </Button>,
    step > 0 && (
      <Button key="back" onClick={() => setStep(step === 2 && !workbook?.isTemplate ? 1 : 0)} data-testid="import-back">
        {t.back}
      </Button>
    ),
    step === 1 && (
      <Button key="next" type="primary" disabled={problems.length > 0 || busy} loading={busy} onClick={() => workbook && void check(workbook, mapping, unitTypes)} data-testid="import-check">
        {t.next}
      </Button>
    ),
    step === 2 && (
      <Button key="reload" onClick={() => void pick(undefined, true)} loading={busy} data-testid="import-reload">
        {t.reload}
      </Button>
    ),
    step === 2 && !workbook?.isTemplate && (
      <Checkbox key="remember" checked={remember} onChange={(e) => setRemember(e.target.checked)} className="import-remember" data-testid="import-remember">
        {t.remember}
      </Checkbox>
    ),
    step === 2 && checked?.result.problems.some((p) => p.message.includes(INCLUDE_HIDDEN_LABEL) || p.message.includes('已按您的确认一并导入')) && (
      <Checkbox
        key="hidden"
        checked={includeHidden}
        onChange={(e) => {
          setIncludeHidden(e.target.checked)
          if (workbook) void check(workbook, mapping, unitTypes, e.target.checked)
        }}
        data-testid="import-include-hidden"
      >
        {INCLUDE_HIDDEN_LABEL}
      </Checkbox>
    ),
    step === 2 && (
      <Button key="apply" type="primary" disabled={!checked?.result.ok || busy} onClick={() => void apply()} data-testid="import-apply">
        {t.apply}
      </Button>
    ),
  ].filter(Boolean)

  return (
    <Modal open title={t.title} width={1120} onCancel={onClose} footer={footer} maskClosable={false} className="import-dialog" data-testid="import-dialog">
      <Steps size="small" current={step} className="import-steps" items={[{ title: t.steps.source }, { title: t.steps.mapping }, { title: t.steps.preview }]} />
      {workbook && step > 0 && (
        <Typography.Paragraph type="secondary" data-testid="import-workbook-name">
          {t.picked(workbook.name)}
          {workbook.isTemplate ? ` ${t.isTemplate}` : ''}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} className="import-error" data-testid="import-error" />}
      <Spin spinning={busy} description={step === 0 ? t.reading : t.checking}>
        {step === 0 && <SourcePanel years={years} hasDocument={hasDocument} target={target} onTarget={setTarget} year={year} onYear={setYear} onPick={(n) => void pick(n)} busy={busy} />}
        {step === 1 && workbook && mapping && <MappingPanel workbook={workbook} mapping={mapping} onChange={setMapping} unitNames={units?.map((u) => u.name) ?? []} />}
        {step === 2 && checked && (
          <Space orientation="vertical" className="import-preview-step">
            <PreviewReport
              preview={checked.result}
              unitTypes={unitTypes}
              onUnitType={(name, type) => {
                const next = { ...unitTypes, [name]: type }
                setUnitTypes(next)
                if (workbook) void check(workbook, mapping, next)
              }}
            />
            {!checked.result.ok && <Typography.Text type="secondary">{t.reloadHint}</Typography.Text>}
          </Space>
        )}
      </Spin>
    </Modal>
  )
}
