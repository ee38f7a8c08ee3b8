// The published shape of `npm run export -- … --format json`: all 13 TableModels and all findings.
// schemas/tables-export.schema.json is generated from this zod schema (scripts/write-json-schema.ts).
import { z } from 'zod'
import type { Finding } from '../rules/finding'
import type { TableModel } from '../tables/table-model'

const CellSchema = z.union([z.object({ kind: z.literal('text'), text: z.string() }), z.object({ kind: z.literal('money'), value: z.number().int() }), z.null()])

export const TableModelSchema = z.object({
  id: z.enum(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13']),
  label: z.string(),
  title: z.string(),
  tocTitle: z.string(),
  departmentName: z.string(),
  ownerLabel: z.string().optional(),
  unitLabel: z.string(),
  orientation: z.enum(['portrait', 'landscape']),
  columns: z.array(z.object({ key: z.string(), kind: z.enum(['code', 'text', 'money']), width: z.number() })),
  header: z.array(z.object({ text: z.string(), row: z.number().int(), col: z.number().int(), rowSpan: z.number().int(), colSpan: z.number().int() })),
  headerRowCount: z.number().int(),
  rows: z.array(z.object({ key: z.string(), kind: z.enum(['total', 'group', 'item', 'closing']), level: z.number().int(), cells: z.array(CellSchema) })),
  empty: z.boolean(),
  notes: z.array(z.string()),
})

export const FindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  location: z.object({
    table: TableModelSchema.shape.id.optional(),
    rowKey: z.string().optional(),
    column: z.string().optional(),
    step: z.enum(['organization', 'income', 'basic', 'projects', 'three-public', 'procurement-assets', 'performance', 'overview', 'review']).optional(),
    path: z.array(z.union([z.string(), z.number()])).optional(),
  }),
  figures: z.object({ expected: z.number().int(), actual: z.number().int() }).optional(),
})

export const TablesExportSchema = z.object({
  format: z.literal('budget-disclosure-tables'),
  schemaVersion: z.literal(1),
  departmentName: z.string(),
  budgetYear: z.number().int(),
  /** Money cells are integers in 0.01万元 (3229.82万元 = 322982). */
  moneyUnit: z.literal('0.01万元'),
  generatedAt: z.string(),
  tables: z.array(TableModelSchema),
  findings: z.array(FindingSchema),
})
export type TablesExport = z.infer<typeof TablesExportSchema>

// The schema and the TypeScript interfaces must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const tableShapeAgrees: Same<z.infer<typeof TableModelSchema>, TableModel> = true
const findingShapeAgrees: Same<z.infer<typeof FindingSchema>, Finding> = true
export const SHAPES_AGREE = tableShapeAgrees && findingShapeAgrees
