// The inspection checks that need no document model: they read a 情况说明 as text and tables as
// TableModels, so they run on our own narrative and on a published disclosure (the seeds), the way
// an inspector or a 财政 bureau's checker reads the PDF.
import type { Catalog } from '../../catalogs/types'
import type { TableSet } from '../../tables/table-model'
import type { Finding } from '../finding'
import { detailFindings, emptyTableSourceFindings, hiddenThreePublicFindings, tableNameFindings, threePublicRowFindings, titleYearFindings } from './table-checks'
import { directionFindings, nameFindings, residueFindings, shareFindings, unitFindings, yearFindings } from './text-checks'
import type { NarrativeText, TextContext } from './text-context'
import { assetDateTextFindings, emptyTableStatementFindings, glossaryFindings, officeOperationTextFindings, repeatedReasonTextFindings, statementFindings } from './text-sections'

export interface PublishedTextContext extends TextContext {
  /** The tables of the same disclosure: empty tables must be stated in the text ((c)3). */
  tables?: TableSet
  /** 第四部分 名词解释 entries ((c)15). */
  glossary?: readonly string[]
}

/**
 * Every text-level check on the paragraphs of 第三部分: sections present and saying what they must
 * (K02), empty tables stated (K03), direction words (K05 in 七, K12 elsewhere), 机关运行经费 (K06),
 * 十一's date (K08), years (K10), names (K11), template residue, units and shares (K12), repeated
 * reasons and 名词解释 (K15).
 */
export function checkNarrativeText(text: NarrativeText, ctx: PublishedTextContext): Finding[] {
  return [
    ...statementFindings(text, ctx),
    ...(ctx.tables ? emptyTableStatementFindings(text, ctx.tables) : []),
    ...directionFindings(text, ctx),
    ...officeOperationTextFindings(text, ctx),
    ...assetDateTextFindings(text, ctx),
    ...yearFindings(text, ctx),
    ...nameFindings(text, ctx),
    ...residueFindings(text, ctx),
    ...unitFindings(text, ctx),
    ...shareFindings(text, ctx),
    ...repeatedReasonTextFindings(text, ctx),
    ...(ctx.glossary ? glossaryFindings(text, ctx.glossary) : []),
  ]
}

/** Every table-level check: K03 (empty tables with money elsewhere), K04, K05 (表10 rows), K10, K11, K13. */
export function checkPublishedTables(tables: TableSet, catalog: Catalog, ctx: { year: number; departmentName: string }): Finding[] {
  return [
    ...emptyTableSourceFindings(tables),
    ...detailFindings(tables, catalog),
    ...threePublicRowFindings(tables),
    ...titleYearFindings(tables, ctx.year),
    ...tableNameFindings(tables, ctx.departmentName),
    ...hiddenThreePublicFindings(tables),
  ]
}
