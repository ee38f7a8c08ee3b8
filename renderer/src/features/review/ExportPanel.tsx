// Export to Excel, PDF and Word through main, with progress (pushed in the desktop app, polled in web
// mode), the files written, the self-audit of the written files and an “open folder” action. The
// 体检 decides: while it finds errors (canExport), the buttons are disabled and say why, and only
// the 核对稿 can be exported (main prints the mark on every page while the 体检 finds errors).
import { App as AntApp, Alert, Button, List, Progress, Space } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ResponseOf } from '../../../../core/api/contract'
import type { DocumentData } from '../../../../core/model/document-data'
import type { ExportAuditSummary, ExportGate } from '../../../../core/rules/inspection'
import { call, isDesktop, onEvent } from '../../api/client'
import { countBySeverity } from '../../state/analyze-draft'
import { useSession } from '../../state/session'
import { currentDocument, useEditor } from '../../state/store'
import { ReasonItem, splitReason } from '../../components/FindingList'
import { text } from '../../text/zh-CN'
import { savable } from '../document/document-io'
import { DownloadList } from './DownloadList'
import { ExportAuditLine } from './ExportAuditLine'
import { UnitExportPanel } from './UnitExportPanel'

type Format = 'xlsx' | 'pdf' | 'docx'
interface Progress {
  percent: number
  label: string
}
const REASONS_SHOWN = 6

interface Props {
  /** null until the 体检 can run (catalog loading, inputs that do not parse). */
  gate: ExportGate | null
  /** The self-audit of an export and the document data it was made from. */
  onAudit: (audit: ExportAuditSummary | undefined, data: DocumentData) => void
}

export function ExportPanel({ gate, onAudit }: Props) {
  const { modal, message } = AntApp.useApp()
  const { result, document } = useSession()
  const [progress, setProgress] = useState<Progress | null>(null)
  const [done, setDone] = useState<ResponseOf<'export:run'> | null>(null)
  const running = useRef(false)
  const errors = countBySeverity(result?.findings ?? []).error
  const blocked = gate !== null && !gate.allowed
  const t = text.review
  const g = text.exportGate

  const run = useCallback(
    async (formats: Format[], draft = false) => {
      const doc = currentDocument()
      if (!doc || running.current) return
      const s = savable(doc)
      if (!s.ok) {
        modal.error({ title: t.exportBlocked, content: s.invalid.slice(0, 8).map((f) => f.message).join('\n') })
        return
      }
      if (gate && !gate.allowed && !draft) {
        modal.error({ title: g.blocked, content: gate.reasons.slice(0, 8).map((r) => splitReason(r).message).join('\n') })
        return
      }
      if (!gate && errors > 0) {
        const go = await modal.confirm({ title: t.exportWithErrorsTitle, content: t.exportWithErrors(errors), okText: t.exportAnyway, cancelText: text.common.cancel })
        if (!go) return
      }
      running.current = true
      setDone(null)
      setProgress({ percent: 0, label: t.exportStarting })
      const off = onEvent('export:progress', (p) => setProgress({ percent: p.percent, label: p.label }))
      const poll = isDesktop()
        ? 0
        : window.setInterval(() => {
            void call('export:progress', {}).then((r) => {
              if (r.ok && r.value.running) setProgress({ percent: r.value.percent, label: r.value.label })
            })
          }, 250)
      try {
        const r = await call('export:run', { document: s.document, formats, ...(draft ? { draft: true } : {}) })
        if (r.ok) {
          setDone(r.value)
          onAudit(r.value.audit ? { checked: r.value.audit.checked, mismatches: r.value.audit.mismatches } : undefined, doc.data)
          setProgress({ percent: 100, label: t.exportDone })
        } else {
          setProgress(null)
          if (r.error.code !== 'CANCELLED') modal.error({ title: text.errors.exportFailed, content: r.error.message })
        }
      } finally {
        off()
        if (poll) window.clearInterval(poll)
        running.current = false
      }
    },
    [errors, gate, modal, onAudit, t, g],
  )

  // The desktop menu's 导出 Excel / 导出 PDF.
  const request = useEditor((s) => s.exportRequest)
  const runRef = useRef(run)
  runRef.current = run
  useEffect(() => {
    if (request) void runRef.current(request.formats)
  }, [request])

  const openFolder = async () => {
    const r = await call('export:openFolder', {})
    if (!r.ok) modal.error({ title: text.errors.exportFailed, content: r.error.message })
    else if (r.value.folder && !isDesktop()) void message.info(t.folderInWorkspace(r.value.folder))
  }

  const busy = progress !== null && progress.percent < 100
  return (
    <div className="export-panel" data-testid="export-panel">
      {blocked && (
        <Alert
          type="error"
          showIcon
          className="export-gate"
          data-testid="export-gate"
          title={g.blocked}
          description={
            <ul className="export-gate-reasons">
              {gate.reasons.slice(0, REASONS_SHOWN).map((r, i) => (
                <ReasonItem key={`${i}-${r}`} reason={r} />
              ))}
              {gate.reasons.length > REASONS_SHOWN && <li>{g.more(gate.reasons.length - REASONS_SHOWN)}</li>}
            </ul>
          }
        />
      )}
      <Space wrap>
        <Button type="primary" size="large" onClick={() => void run(['xlsx', 'pdf'])} disabled={busy || blocked} data-testid="export-both">
          {t.exportBoth}
        </Button>
        <Button onClick={() => void run(['xlsx'])} disabled={busy || blocked} data-testid="export-xlsx">
          {t.exportXlsx}
        </Button>
        <Button onClick={() => void run(['pdf'])} disabled={busy || blocked} data-testid="export-pdf">
          {t.exportPdf}
        </Button>
        <Button onClick={() => void run(['docx'])} disabled={busy || blocked} data-testid="export-docx">
          {t.exportDocx}
        </Button>
        {blocked && (
          <Button onClick={() => void run(['pdf'], true)} disabled={busy} title={g.draftHint} data-testid="export-draft">
            {g.draftButton}
          </Button>
        )}
      </Space>
      {blocked && <div className="export-draft-hint">{g.draftHint}</div>}
      {progress && (
        <div className="export-progress" data-testid="export-progress">
          <Progress percent={Math.round(progress.percent)} status={done ? 'success' : 'active'} />
          <span>{progress.label}</span>
        </div>
      )}
      {done && (
        <Alert
          type={done.audit && !done.audit.passed ? 'warning' : 'success'}
          showIcon
          title={isDesktop() ? t.exportFinished(done.folder) : text.transfer.exportReady}
          data-testid="export-done"
          description={
            <>
              {done.audit && <ExportAuditLine audit={done.audit} testId="export-audit" />}
              {isDesktop() ? <List size="small" dataSource={done.files} renderItem={(f) => <List.Item>{f}</List.Item>} /> : <DownloadList files={done.files} />}
            </>
          }
          action={
            isDesktop() ? (
              <Button onClick={() => void openFolder()} data-testid="open-folder">
                {t.openFolder}
              </Button>
            ) : undefined
          }
        />
      )}
      {document.data.units.length > 1 && <UnitExportPanel disabled={busy} />}
    </div>
  )
}
