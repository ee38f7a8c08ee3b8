// Zod schemas of what crosses IPC for the import dialog (architecture rule 4: one schema for form,
// file and IPC). The compile-time checks below keep them equal to the TypeScript shapes.
import { z } from 'zod'
import { Envelope } from '../document/envelope'
import { Project } from '../model/budget'
import { UnitType } from '../model/enums'
import { Unit } from '../model/organization'
import { Year } from '../model/primitives'
import type { ImportPreview } from './preview'
import type { ImportProblem, SheetData } from './sheet'

/** Main reads the workbook; the dialog gets the sheets as strings for its live preview. */
export const SheetDataSchema = z.object({ name: z.string().max(200), rows: z.array(z.array(z.string())) })

export const ImportProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string().optional(),
  columnName: z.string().optional(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
})

/** What the renderer may choose; the code-change table, version and clock are main's. */
export const ImportOptionsSchema = z.object({
  lines: z.enum(['replace', 'append']).optional(),
  /** The officer confirmed that hidden sheets, rows and columns are imported too. */
  includeHidden: z.boolean().optional(),
  newUnitTypes: z.record(z.string().max(500), UnitType).optional(),
  budgetYear: Year.optional(),
})

const RowLocation = z.object({ sheet: z.string(), row: z.number().int() })

export const ImportPreviewSchema = z.object({
  ok: z.boolean(),
  rowsOk: z.number().int(),
  problems: z.array(ImportProblemSchema),
  sheets: z.array(z.object({ sheet: z.string(), text: z.string(), empty: z.boolean() })),
  duplicates: z.array(RowLocation.extend({ duplicateOf: RowLocation })),
  unknownCodes: z.array(z.object({ kind: z.enum(['functional', 'economicDepartment', 'economicGovernment', 'income']), label: z.string(), code: z.string(), rows: z.array(RowLocation) })),
  newUnits: z.array(Unit),
  newProjects: z.array(Project),
  carryoverLines: z.array(RowLocation.extend({ unitName: z.string(), projectName: z.string().optional(), amount: z.string() })),
  continuingProjects: z.array(z.object({ projectId: z.string(), name: z.string(), unitName: z.string(), reason: z.enum(['marked', 'base', 'carryover', 'name']) })),
  projectsWithoutLines: z.array(Project),
  skipped: z.array(RowLocation.extend({ reason: z.string() })),
  summary: z.object({ lines: z.number().int(), basicLines: z.number().int(), projectLines: z.number().int(), amount: z.string(), carryoverAmount: z.string() }),
  performance: z.object({ sheet: z.string(), forms: z.number().int(), replaced: z.number().int(), problems: z.number().int() }).optional(),
  resultingDocument: Envelope.optional(),
})

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _problem: Same<z.infer<typeof ImportProblemSchema>, ImportProblem> = true
const _sheet: Same<z.infer<typeof SheetDataSchema>, SheetData> = true
const _preview: Same<z.infer<typeof ImportPreviewSchema>, ImportPreview> = true
