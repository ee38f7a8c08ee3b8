// The export flow of the CLI and the app: write each format, then (unless `audit: false`) read the
// written PDF and tables workbook back and compare them with the model. The report says
// `导出文件已复核：N 个数字一致` or lists what differs (official-rules (c)14).
import type { ExportFormat } from './index'
import { auditExport, type AuditReport, type AuditTarget } from './audit'
import { listAttachments, type ListedAttachment } from './pdf/attachments'
import { writeStaged } from './staging'
import { xlsxFiles } from './write-xlsx'
import type { ExportRequest, ExportWriter } from './writers'

export interface ExportOutcome {
  files: string[]
  /** The files of each format, in the order written. */
  written: { format: ExportFormat; files: string[] }[]
  /** Absent when the request turned the audit off or wrote no PDF/xlsx. */
  audit?: AuditReport
  /** The attachments merged into the PDF (checked before any file was written). */
  attachments: ListedAttachment[]
}

/** What each written file must hold: the PDF, the Word copy, and each tables workbook with its tables. */
export function auditTargets(req: ExportRequest, format: ExportFormat, written: readonly string[]): AuditTarget[] {
  if (format === 'pdf') return written.filter((f) => f.toLowerCase().endsWith('.pdf')).map((file) => ({ kind: 'pdf', file }))
  if (format === 'docx') return written.filter((f) => f.toLowerCase().endsWith('.docx')).map((file) => ({ kind: 'docx', file }))
  if (format !== 'xlsx') return []
  const planned = new Map(xlsxFiles(req).map((x) => [x.file, x.tables]))
  return written.flatMap((file) => {
    const tables = planned.get(file)
    return tables ? [{ kind: 'xlsx' as const, file, tables }] : []
  })
}

export interface ExportSteps {
  /** The PDF's attachments, every one read and checked, before the first file is written. */
  onAttachments?: (list: readonly ListedAttachment[]) => void
  /** A format starts (the caller reports progress per format). */
  onFormat?: (format: ExportFormat, index: number) => void
  /** The audit starts, after every file is written. */
  onAudit?: () => void
}

/** Re-reads what the writers wrote (PDF, tables workbooks); undefined when nothing is auditable. */
export async function auditWritten(req: ExportRequest, written: ExportOutcome['written']): Promise<AuditReport | undefined> {
  const targets = written.flatMap((w) => auditTargets(req, w.format, w.files))
  return targets.length === 0 ? undefined : auditExport(req, targets)
}

/** Writes `formats` in order, then audits. Throws what a writer throws; a difference is reported, never thrown. */
export async function exportWithAudit(req: ExportRequest, formats: readonly ExportFormat[], writers: Readonly<Record<ExportFormat, ExportWriter>>, steps: ExportSteps = {}): Promise<ExportOutcome> {
  const attachments = formats.includes('pdf') ? await listAttachments(req.document.data.attachments, req.documentDir) : []
  steps.onAttachments?.(attachments)
  // Every format into a staging folder; moved into req.outDir only when all succeeded.
  const byFormat: ExportOutcome['written'] = []
  const ranges: { format: ExportFormat; count: number }[] = []
  const files = await writeStaged(req.outDir, async (staging) => {
    const all: string[] = []
    for (const [i, format] of formats.entries()) {
      steps.onFormat?.(format, i)
      const written = await writers[format]({ ...req, outDir: staging })
      all.push(...written)
      ranges.push({ format, count: written.length })
    }
    return all
  })
  let at = 0
  for (const r of ranges) {
    byFormat.push({ format: r.format, files: files.slice(at, at + r.count) })
    at += r.count
  }
  if (req.audit === false) return { files, written: byFormat, attachments }
  steps.onAudit?.()
  const audit = await auditWritten(req, byFormat)
  return audit ? { files, written: byFormat, audit, attachments } : { files, written: byFormat, attachments }
}
