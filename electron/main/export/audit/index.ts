// The export's self-audit: after writing, read the PDF and the workbook back and compare every
// figure with the model (official-rules (c)14). One report for all files of an export.
import { buildNarrative } from '../../../../core/narrative'
import type { Narrative } from '../../../../core/narrative/narrative-model'
import { documentTitle } from '../../../../core/report'
import type { TableModel } from '../../../../core/tables/table-model'
import { loadNarrativeTemplate } from '../../templates/narrative-template'
import type { ExportRequest } from '../writers'
import { auditDocx } from './audit-docx'
import { auditPdf } from './audit-pdf'
import { mergeReports, type AuditReport } from './audit-report'
import { auditXlsx } from './audit-xlsx'

export { auditPdf, auditPdfBytes, type PdfExpectation } from './audit-pdf'
export { auditXlsx } from './audit-xlsx'
export { auditDocx, auditDocxBytes } from './audit-docx'
export { auditHeadline, auditMessage, auditPassed, emptyReport, mergeReports, type AuditMismatch, type AuditReport, type MismatchKind } from './audit-report'

/** A written file and what it should hold: the PDF or the Word copy (whole document), or a workbook of some tables. */
export type AuditTarget = { kind: 'pdf' | 'docx'; file: string } | { kind: 'xlsx'; file: string; tables: readonly TableModel[] }

/** The narrative the PDF writer prints for this request (the same template, so the same text). */
export function exportedNarrative(req: Pick<ExportRequest, 'analysis' | 'document'>): Narrative {
  return buildNarrative(req.analysis.derivation, loadNarrativeTemplate(req.document.templateYear))
}

export async function auditExport(req: Pick<ExportRequest, 'analysis' | 'document'>, targets: readonly AuditTarget[]): Promise<AuditReport> {
  const data = req.analysis.derivation.data
  const reports: AuditReport[] = []
  let narrative: Narrative | undefined
  for (const t of targets) {
    if (t.kind === 'xlsx') reports.push(await auditXlsx(t.file, t.tables))
    else {
      narrative ??= exportedNarrative(req)
      const title = documentTitle(data.department.displayName, data.department.budgetYear, data.settings.disclosureLevel)
      const expected = { tables: req.analysis.derivation.tables, narrative, title }
      reports.push(t.kind === 'docx' ? await auditDocx(t.file, expected) : await auditPdf(t.file, expected))
    }
  }
  return mergeReports(reports)
}
