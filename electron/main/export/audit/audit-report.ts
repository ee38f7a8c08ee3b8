// What the self-audit of an export found: how many figures were re-read and found equal, and every
// difference, in Chinese, with the file and the table cell or sentence it is about.
import type { TableId } from '../../../../core/tables/table-model'

export type MismatchKind =
  | 'no-text' // no extractable text layer (a scan or images)
  | 'radicals' // ideographs extracted as Kangxi / supplement radicals
  | 'lost-characters' // U+FFFD or private-use code points: glyphs without a Unicode mapping
  | 'missing-glyph' // characters the embedded font lacks: printed as boxes (.notdef, read back as U+0000)
  | 'title' // the cover or a table title is not where it should be
  | 'sentence' // a 情况说明 sentence is not in the text
  | 'table-figure' // a table figure is not on its table's pages (in row order)
  | 'sheet' // a worksheet is missing
  | 'cell' // a workbook cell differs from the table model

export interface AuditMismatch {
  file: string
  kind: MismatchKind
  message: string
  table?: TableId
  rowKey?: string
  column?: string
}

export interface AuditReport {
  /** Figures re-read from the files and found equal to the model. */
  checked: number
  mismatches: AuditMismatch[]
  files: string[]
}

export function emptyReport(): AuditReport {
  return { checked: 0, mismatches: [], files: [] }
}

export function mergeReports(reports: readonly AuditReport[]): AuditReport {
  return {
    checked: reports.reduce((a, r) => a + r.checked, 0),
    mismatches: reports.flatMap((r) => r.mismatches),
    files: reports.flatMap((r) => r.files),
  }
}

/** The first line: `导出文件已复核：N 个数字一致`, or how many differences there are. */
export function auditHeadline(report: AuditReport): string {
  if (report.mismatches.length === 0) return `导出文件已复核：${report.checked} 个数字一致`
  return `导出文件复核发现 ${report.mismatches.length} 处与数据不一致（${report.checked} 个数字一致）`
}

/** The headline, then the differences (at most `limit` listed). */
export function auditMessage(report: AuditReport, limit = 10): string {
  if (report.mismatches.length === 0) return auditHeadline(report)
  const shown = report.mismatches.slice(0, limit).map((m) => `  ${m.message}`)
  const more = report.mismatches.length > limit ? [`  …另有 ${report.mismatches.length - limit} 处`] : []
  return [`${auditHeadline(report)}：`, ...shown, ...more].join('\n')
}

export function auditPassed(report: AuditReport): boolean {
  return report.mismatches.length === 0
}
