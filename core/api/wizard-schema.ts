// Request and response shapes of the wizard's helper methods (contract.ts): the year's indicator
// library, PDF attachments and copying 绩效目标 forms from last year's document. The core types they
// carry (LibraryEntry, PriorCopyReport) are checked against these schemas at compile time below.
import { z } from 'zod'
import { Indicator, Performance } from '../model/performance'
import type { LibraryEntry, PriorCopyReport } from '../performance'

export const LibraryEntrySchema = z.object({
  indicator: Indicator,
  origin: z.enum(['template', 'user']),
  count: z.number().int().min(0),
})

export const PriorCopyReportSchema = z.object({
  copied: z.array(z.object({ projectId: z.string(), projectName: z.string(), fromProjectId: z.string(), matchedBy: z.enum(['id', 'unit-and-name']) })),
  unmatched: z.array(z.object({ projectId: z.string(), projectName: z.string(), unitName: z.string() })),
  unused: z.array(z.object({ projectId: z.string(), projectName: z.string() })),
  kept: z.array(z.object({ projectId: z.string(), projectName: z.string() })),
  overallCopied: z.boolean(),
  notes: z.array(z.string()),
})

export const PriorCopyResponse = z.object({
  performance: Performance,
  report: PriorCopyReportSchema,
  /** The prior document as the officer knows it (file name, department, year). */
  source: z.object({ name: z.string(), departmentName: z.string(), budgetYear: z.number().int() }),
})

/** A PDF the officer may attach (web mode: the workspace's PDFs). */
export const AttachmentFile = z.object({ name: z.string(), modifiedAt: z.string(), size: z.number(), pages: z.number().int().optional() })

export const PickedAttachment = z.object({
  /** Relative to the document's folder, `/`-separated: what Attachment.path stores. */
  path: z.string(),
  /** The file name without `.pdf`: a first title the officer edits. */
  title: z.string(),
  pages: z.number().int().min(1),
  /** True when the file was copied next to the document (it was elsewhere). */
  copied: z.boolean(),
})

/** A PDF file name in the workspace: one plain name ending in .pdf. */
export const PdfName = z
  .string()
  .min(5)
  .max(200)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+\.pdf$/i, { error: '请选择工作文件夹中的 PDF 文件' })

// Compile-time checks: the schemas describe exactly what core returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const entryMatches: Same<z.infer<typeof LibraryEntrySchema>, LibraryEntry> = true
const reportMatches: Same<z.infer<typeof PriorCopyReportSchema>, PriorCopyReport> = true
void entryMatches
void reportMatches
