// 单位预算公开: one click writes each 所属单位's own disclosure from the department's document into
// `<folder>/单位预算公开/<单位名称>.xlsx|.pdf`, each checked (体检) and re-read (self-audit) like the
// department's. The unit documents come from core/unit-disclosure; the writers are the department's.
import { join } from 'node:path'
import type { Catalog } from '../../../core/catalogs/types'
import type { BudgetDocument } from '../../../core/document/envelope'
import { canExport, inspectUnits, type ExportGate, type UnitInspection } from '../../../core/rules/inspection'
import { TABLE_IDS } from '../../../core/tables/table-model'
import { atomicWrite, type FileContent } from '../documents/atomic-write'
import { nodeFs, type FsLayer } from '../documents/fs-layer'
import { loadNarrativeTemplate } from '../templates/narrative-template'
import { auditExport, type AuditReport, type AuditTarget } from './audit'
import { buildPdf } from './pdf/build-pdf'
import { writeTablesWorkbook } from './xlsx/workbook'
import type { ExportRequest } from './writers'

export const UNITS_FOLDER = '单位预算公开'
export type UnitFormat = 'xlsx' | 'pdf'

/** Characters Windows refuses in file names (unit names may hold brackets, never these). */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/g

export function unitFileBase(name: string): string {
  return name.replace(UNSAFE_FILE_CHARS, '_').trim() || '单位'
}

export interface UnitExport {
  unitId: string
  name: string
  files: string[]
  gate: ExportGate
  audit?: AuditReport
}

export interface UnitsExportRequest {
  document: BudgetDocument
  catalog: Catalog
  /** The department's export folder; units go into `<outDir>/单位预算公开/`. */
  outDir: string
  generatedAt: Date
  /** `YYYY-MM-DD` for the deadline checks. */
  today: string
  documentDir: string
  formats: readonly UnitFormat[]
  audit?: boolean
  fs?: FsLayer
  onUnit?: (index: number, count: number, name: string) => void
}

async function write(fs: FsLayer, file: string, data: FileContent): Promise<void> {
  const result = await atomicWrite(file, data, { fs, action: '导出' })
  if (!result.ok) throw new Error(result.error.message)
}

async function exportUnit(req: UnitsExportRequest, u: UnitInspection, folder: string): Promise<UnitExport> {
  const fs = req.fs ?? nodeFs
  const base = unitFileBase(u.name)
  const document: BudgetDocument = { ...req.document, data: u.data }
  const gate = canExport(u.inspection.findings)
  const exportReq: ExportRequest = { document, analysis: u.analysis, outDir: folder, baseName: base, generatedAt: req.generatedAt, documentDir: req.documentDir }
  if (!gate.allowed) exportReq.draft = { errors: gate.blocking.length }
  const files: string[] = []
  const targets: AuditTarget[] = []
  const tables = TABLE_IDS.map((id) => u.analysis.derivation.tables[id])
  if (req.formats.includes('xlsx')) {
    const file = join(folder, `${base}.xlsx`)
    const dept = u.data.department
    const meta = { departmentName: dept.displayName, budgetYear: dept.budgetYear, generatedAt: req.generatedAt, level: 'unit' } as const
    await write(fs, file, (out) => writeTablesWorkbook(out, tables, meta))
    files.push(file)
    targets.push({ kind: 'xlsx', file, tables })
  }
  if (req.formats.includes('pdf')) {
    const file = join(folder, `${base}.pdf`)
    const { bytes } = await buildPdf(exportReq, { narrative: u.narrative })
    await write(fs, file, bytes)
    files.push(file)
    targets.push({ kind: 'pdf', file })
  }
  const out: UnitExport = { unitId: u.unitId, name: u.name, files, gate }
  if (req.audit !== false && targets.length > 0) out.audit = await auditExport(exportReq, targets)
  return out
}

export interface UnitsExportResult {
  folder: string
  units: UnitExport[]
}

/** Writes every 所属单位's disclosure; a department with one unit has none to write. */
export async function exportUnits(req: UnitsExportRequest): Promise<UnitsExportResult> {
  const fs = req.fs ?? nodeFs
  const folder = join(req.outDir, UNITS_FOLDER)
  const units = inspectUnits(req.document.data, req.catalog, loadNarrativeTemplate(req.document.templateYear), { today: req.today })
  if (units.length > 0) await fs.mkdir(folder)
  const out: UnitExport[] = []
  for (const [i, u] of units.entries()) {
    req.onUnit?.(i, units.length, u.name)
    out.push(await exportUnit(req, u, folder))
  }
  return { folder, units: out }
}
