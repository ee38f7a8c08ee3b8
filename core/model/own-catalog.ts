// The document's own catalog: code names the officer supplied for codes the year's shipped catalog
// lacks (typed in the code picker, a 科目名称 column of a paste or an import, or an imported 科目表).
// Tables print these names, so no code is ever published without one (issue: 编码必有名称).
import { z } from 'zod'
import { ShortText } from './primitives'

export const OwnCatalogEntry = z.object({
  code: z.string().regex(/^\d{3}(\d{2}){0,2}$/, { error: '科目编码应为3、5或7位数字' }),
  name: ShortText.min(1, { error: '请填写科目名称' }),
  /** Where the name came from: typed in the picker, a paste, a data import or an imported 科目表. */
  origin: z.enum(['typed', 'pasted', 'imported', 'catalog-file']).optional(),
})
export type OwnCatalogEntry = z.infer<typeof OwnCatalogEntry>

const entries = z.array(OwnCatalogEntry).max(5000).optional()

export const OwnCatalog = z.object({
  functional: entries,
  economicDepartment: entries,
  economicGovernment: entries,
  income: entries,
})
export type OwnCatalog = z.infer<typeof OwnCatalog>
