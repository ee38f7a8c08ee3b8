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
  // One mapping per sheet, the sheets imported together, the sheet shown, and the names mappings are remembered under.
  const [mappings, setMappings] = useState<Record<string, MappingDraft>>({})
  const [included, setIncluded] = useState<string[]>([])
  const [active, setActive] = useState('')
  const [names, setNames] = useState<Record<string, string>>({})
  const [unitTypes, setUnitTypes] = useState<Record<string, UnitType>>({})
  const [checked, setChecked] = useState<Checked | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [remember, setRemember] = useState(true)
  // Hidden sheets, rows and columns are left out until the officer ticks the box (core/import/hidden-content.ts).
  const [includeHidden, setIncludeHidden] = useState(false)

  const chosen = (ms: Record<string, MappingDraft>, on: readonly string[]): MappingDraft[] => on.flatMap((n) => (ms[n] ? [ms[n]] : []))

  const check = async (wb: WorkbookSummary, ms: MappingDraft[], types: Record<string, UnitType>, hidden = includeHidden) => {
    setError(null)
    const base = target === 'new' ? null : baseDocument()
    if (base && !base.ok) return setError(base.message)
    if (!wb.isTemplate && ms.length === 0) return setError(t.noSheetIncluded)
    setBusy(true)
    const options = { ...(target === 'append' ? { lines: 'append' as const } : {}), ...(target === 'new' ? { budgetYear: year } : {}), ...(Object.keys(types).length > 0 ? { newUnitTypes: types } : {}), ...(hidden ? { includeHidden: true } : {}) }
    const r = await call('import:preview', { mapping: wb.isTemplate ? 'template' : ms, ...(base?.ok ? { document: base.document } : {}), options })
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
    if (wb.isTemplate) return check(wb, [], unitTypes)
    // Re-reading the same file keeps the officer's mappings of the sheets still there.
    const next: Record<string, MappingDraft> = {}
    for (const s of wb.sheets) next[s.name] = (reload ? mappings[s.name] : undefined) ?? blankMapping(s)
    const keptOn = reload ? included.filter((n) => next[n] !== undefined) : []
    // A sheet whose header gives a complete mapping is imported unless the officer unticks it.
    const on = keptOn.length > 0 ? keptOn : wb.sheets.filter((s) => s.suggested && mappingProblems(next[s.name] as MappingDraft).length === 0).map((s) => s.name)
    const first = on[0] ?? wb.sheets.find((s) => s.suggested)?.name ?? wb.sheets[0]?.name ?? ''
    const included0 = on.length > 0 ? on : first ? [first] : []
    setMappings(next)
    setIncluded(included0)
    setActive(reload && next[active] ? active : first)
    setNames(Object.fromEntries(wb.sheets.map((s) => [s.name, (reload ? names[s.name] : undefined) ?? s.savedMappings[0]?.name ?? s.name])))
    if (reload && keptOn.length > 0) return check(wb, chosen(next, keptOn), unitTypes)
    setChecked(null)
    setStep(1)
  }

  /** Runs a rename or delete of a remembered mapping and updates the sheets' lists; the Chinese reason when refused. */
  const editSaved = async (op: { rename: [string, string] } | { remove: string }): Promise<string | null> => {
    const r = 'rename' in op ? await call('import:renameMapping', { from: op.rename[0], to: op.rename[1] }) : await call('import:deleteMapping', { name: op.remove })
    if (!r.ok) return r.error.message
    setWorkbook((wb) =>
      wb && {
        ...wb,
        sheets: wb.sheets.map((s) => ({
          ...s,
          savedMappings: 'rename' in op ? s.savedMappings.map((m) => (m.name === op.rename[0] ? { ...m, name: op.rename[1].trim() } : m)) : s.savedMappings.filter((m) => m.name !== op.remove),
        })),
      },
    )
    setNames((ns) => Object.fromEntries(Object.entries(ns).map(([k, v]) => [k, 'rename' in op && v === op.rename[0] ? op.rename[1].trim() : v])))
    return null
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
    if (remember && !workbook.isTemplate) {
      for (const m of chosen(mappings, included)) {
        const name = (names[m.sheet] ?? '').trim()
        void call('import:rememberMapping', { mapping: m, ...(name !== '' ? { name } : {}) })
      }
    }
    void message.success(t.imported(checked.result.summary.lines))
    onClose()
  }

  const otherIncomplete = included.filter((n) => n !== active && mappings[n]).map((n) => [n, mappingProblems(mappings[n] as MappingDraft)] as const).filter(([, p]) => p.length > 0)
  const problems = included.length === 0 ? [t.noSheetIncluded] : chosen(mappings, included).flatMap((m) => mappingProblems(m))
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
      <Button key="next" type="primary" disabled={problems.length > 0 || busy} loading={busy} onClick={() => workbook && void check(workbook, chosen(mappings, included), unitTypes)} data-testid="import-check">
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
          if (workbook) void check(workbook, chosen(mappings, included), unitTypes, e.target.checked)
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
        {step === 1 && otherIncomplete.length > 0 && <Alert type="warning" showIcon title={otherIncomplete.map(([sheet, p]) => t.otherSheetProblems(sheet, p.join('；'))).join(' ')} className="import-error" data-testid="import-other-sheet-problems" />}
        {step === 1 && workbook?.savedMappingsProblem && <Alert type="warning" showIcon title={t.savedProblem(workbook.savedMappingsProblem)} className="import-error" data-testid="import-saved-problem" />}
        {step === 1 && workbook && (
          <MappingPanel
            workbook={workbook}
            active={active}
            onActive={setActive}
            mappings={mappings}
            onChange={(m) => setMappings((ms) => ({ ...ms, [m.sheet]: m }))}
            included={included}
            onInclude={(sheet, on) => setIncluded((xs) => (on ? workbook.sheets.map((s) => s.name).filter((n) => n === sheet || xs.includes(n)) : xs.filter((n) => n !== sheet)))}
            names={names}
            onName={(sheet, name) => setNames((ns) => ({ ...ns, [sheet]: name }))}
            onRenameSaved={(from, to) => editSaved({ rename: [from, to] })}
            onDeleteSaved={(name) => editSaved({ remove: name })}
            unitNames={units?.map((u) => u.name) ?? []}
          />
        )}
        {step === 2 && checked && (
          <Space orientation="vertical" className="import-preview-step">
            <PreviewReport
              preview={checked.result}
              unitTypes={unitTypes}
              onUnitType={(name, type) => {
                const next = { ...unitTypes, [name]: type }
                setUnitTypes(next)
                if (workbook) void check(workbook, chosen(mappings, included), next)
              }}
            />
            {!checked.result.ok && <Typography.Text type="secondary">{t.reloadHint}</Typography.Text>}
          </Space>
        )}
      </Spin>
    </Modal>
  )
}
