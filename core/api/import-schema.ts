// The shapes the import IPC methods exchange (declared in contract.ts): the workbook summary the
// mapping dialog needs, and a mapping that may still be incomplete while the officer edits it.
import { z } from 'zod'
import { SavedColumnMapping } from '../import/mapping'

/** How many rows of each sheet the renderer gets for the header choice and the live preview. */
export const SHEET_PREVIEW_ROWS = 60
/** Longer cell texts are cut in the preview (the import itself reads the whole cell). */
export const PREVIEW_CELL_CHARS = 200

/** A plain file name inside the workspace (web mode); Electron ignores it and shows its own dialog. */
export const FileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, { error: '文件名不能包含 / \\ : * ? " < > | 等字符' })

/** A mapping as suggested, recalled or being edited: required columns may still be missing. */
export const MappingDraftSchema = SavedColumnMapping.extend({ sheet: z.string().max(200), headerRow: z.number().int().min(1) })
export type MappingDraft = z.input<typeof MappingDraftSchema>

export const SheetSummarySchema = z.object({
  name: z.string(),
  /** All rows and columns of the sheet (the preview rows below are the first of them). */
  rowCount: z.number().int(),
  columnCount: z.number().int(),
  rows: z.array(z.array(z.string())),
  /** Recalled from a remembered mapping (remembered: true) or guessed from the header words. */
  suggested: MappingDraftSchema.optional(),
  remembered: z.boolean(),
  /** The remembered mappings made for this sheet's header, newest first (the first is `suggested`). */
  savedMappings: z.array(z.object({ name: z.string(), savedAt: z.string(), mapping: MappingDraftSchema })).default(() => []),
})
export type SheetSummary = z.infer<typeof SheetSummarySchema>

export const WorkbookSummarySchema = z.object({
  name: z.string(),
  /** The app's own 导入模板: no column mapping needed. */
  isTemplate: z.boolean(),
  /** The template's 部门 sheet year, when it has one. */
  budgetYear: z.number().int().optional(),
  sheets: z.array(SheetSummarySchema),
  /** Why the remembered mappings could not be read (a file of a newer program version). */
  savedMappingsProblem: z.string().optional(),
})

export const SavedMappingInfoSchema = z.object({ name: z.string(), sheetName: z.string(), savedAt: z.string(), headers: z.array(z.string()) })
export type WorkbookSummary = z.infer<typeof WorkbookSummarySchema>

export const WorkspaceFileSchema = z.object({ name: z.string(), modifiedAt: z.string(), size: z.number() })
