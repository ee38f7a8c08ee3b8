// import:* — the main side of the import dialog: the blank 导入模板 written where main's dialog says
// (web: into the workspace), the workbook picked the same way and read once into the session, and
// previews of a mapping over it (core/import: all or nothing, the base document never changed).
//
// The sheets stay in the session: a budget-system export has thousands of rows, and the preview is
// asked for again on every change of mapping or unit type. The renderer gets the first rows of each
// sheet for the header choice and the live preview; main runs the import on what it read from the
// file the officer picked, never on rows the renderer sends back (rule 7).
import { basename } from 'node:path'
import { PREVIEW_CELL_CHARS, SHEET_PREVIEW_ROWS, type SheetSummary } from '../../../../core/api/import-schema'
import { err, ok } from '../../../../core/api/result'
import { isImportTemplate, previewImport, suggestMapping, templateBudgetYear, type ColumnMappingInput, type SheetData } from '../../../../core/import'
import { blankTemplateRows } from '../../../../core/import/template-rows'
import { atomicWrite } from '../../documents/atomic-write'
import { fsErrorResult } from '../../documents/fs-errors'
import { loadCodeChanges } from '../../import/code-changes-loader'
import { MAX_WORKBOOK_BYTES } from '../../import/workbook-file'
import { megabytes } from '../../documents/bounded-read'
import { templateDirFor } from '../../templates/template-files'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

type ImportHandlers = Pick<Handlers, 'import:template' | 'import:exportTemplate' | 'import:listWorkbooks' | 'import:pickWorkbook' | 'import:preview' | 'import:rememberMapping'>

/** Workbooks larger than this are refused before exceljs unzips them. */
export { MAX_WORKBOOK_BYTES }

const NO_WORKBOOK = '请先选择要导入的工作簿'

function cut(cell: string): string {
  return cell.length > PREVIEW_CELL_CHARS ? `${cell.slice(0, PREVIEW_CELL_CHARS)}…` : cell
}

function draftOf(m: ColumnMappingInput): NonNullable<SheetSummary['suggested']> {
  return { sheet: m.sheet, headerRow: m.headerRow, columns: { ...m.columns }, amountUnit: m.amountUnit, defaults: { ...(m.defaults ?? {}) } }
}

/** What the dialog needs of a sheet: its size, its first rows and a mapping to start from. */
export function summarizeSheet(sheet: SheetData, recalled: ColumnMappingInput | undefined): SheetSummary {
  const columnCount = sheet.rows.reduce((n, r) => Math.max(n, r.length), 0)
  const suggested = recalled ?? suggestMapping(sheet)
  return {
    name: sheet.name,
    rowCount: sheet.rows.length,
    columnCount,
    rows: sheet.rows.slice(0, SHEET_PREVIEW_ROWS).map((r) => r.map(cut)),
    ...(suggested ? { suggested: draftOf(suggested) } : {}),
    remembered: recalled !== undefined,
  }
}

export function importHandlers(deps: HandlerDeps): ImportHandlers {
  const { session, places } = deps
  const yearsOf = (budgetYear: number) => templateDirFor(budgetYear, deps.templatesRoot).year

  return {
    'import:template': async ({ year, name }) => {
      const templateYear = yearsOf(year)
      const picked = await places.pickWorkbookSave(name, `${year}年预算公开导入模板.xlsx`, session.currentPath)
      if (!picked.ok) return picked
      const { templateWorkbook } = await import('../../import/write-template')
      const data = await templateWorkbook(deps.loadCatalog(templateYear), blankTemplateRows(year))
      const written = await atomicWrite(picked.value, data, { fs: deps.fs, ...(deps.sleep ? { sleep: deps.sleep } : {}) })
      return written.ok ? ok(places.refOf(picked.value)) : written
    },
    'import:exportTemplate': async ({ document, name }) => {
      const { department } = document.data
      const picked = await places.pickWorkbookSave(name, `${department.plainName.replace(/[\\/:*?"<>|]/g, '')}${department.budgetYear}年导入模板.xlsx`, session.currentPath)
      if (!picked.ok) return picked
      const { documentTemplateWorkbook } = await import('../../import/write-template')
      const data = await documentTemplateWorkbook(document, deps.loadCatalog(document.templateYear))
      const written = await atomicWrite(picked.value, data, { fs: deps.fs, ...(deps.sleep ? { sleep: deps.sleep } : {}) })
      return written.ok ? ok(places.refOf(picked.value)) : written
    },
    'import:listWorkbooks': async () => {
      const listed = await places.listWorkbooks()
      return listed.ok ? ok({ files: listed.value }) : listed
    },
    'import:pickWorkbook': async ({ name, reload }) => {
      let path: string
      if (reload) {
        if (!session.importWorkbook) return err('NOT_FOUND', NO_WORKBOOK)
        path = session.importWorkbook.path
      } else {
        const picked = await places.pickWorkbook(name, session.currentPath)
        if (!picked.ok) return picked
        path = picked.value
      }
      try {
        const st = await deps.fs.stat(path)
        if (st.size > MAX_WORKBOOK_BYTES) return err('INVALID_DOCUMENT', `工作簿过大（${megabytes(st.size)}，上限 ${megabytes(MAX_WORKBOOK_BYTES)}）`)
      } catch (e) {
        return fsErrorResult(e, '读取', path)
      }
      const { openWorkbook } = await import('../../import/read-workbook')
      const opened = await openWorkbook(path)
      if (!opened.ok) return opened
      const sheets = opened.value
      if (sheets.length === 0) return err('INVALID_DOCUMENT', '工作簿中没有工作表')
      session.importWorkbook = { path, name: basename(path), sheets }
      const summaries: SheetSummary[] = []
      for (const s of sheets) summaries.push(summarizeSheet(s, await deps.mappingStore?.recall(s)))
      const isTemplate = isImportTemplate(sheets)
      const budgetYear = isTemplate ? templateBudgetYear(sheets) : undefined
      return ok({ name: basename(path), isTemplate, ...(budgetYear !== undefined ? { budgetYear } : {}), sheets: summaries })
    },
    'import:preview': async ({ mapping, document, options }) => {
      const workbook = session.importWorkbook
      if (!workbook) return err('NOT_FOUND', NO_WORKBOOK)
      const budgetYear = document?.data.department.budgetYear ?? options.budgetYear ?? (mapping === 'template' ? templateBudgetYear(workbook.sheets) : undefined)
      if (budgetYear === undefined) return err('INVALID_REQUEST', '请选择预算年度')
      const templateYear = document?.templateYear ?? yearsOf(budgetYear)
      const preview = previewImport(workbook.sheets, mapping, document, deps.loadCatalog(templateYear), {
        ...options,
        codeChanges: loadCodeChanges(templateYear, deps.templatesRoot),
        budgetYear,
        templateYear,
        appVersion: deps.appVersion,
        savedAt: deps.now().toISOString(),
      })
      return ok(preview)
    },
    'import:rememberMapping': async ({ mapping }) => {
      const sheet = session.importWorkbook?.sheets.find((s) => s.name === mapping.sheet)
      if (!sheet) return err('NOT_FOUND', `工作簿中没有名为“${mapping.sheet}”的工作表，请重新选择工作簿`)
      if (!deps.mappingStore) return ok({})
      const saved = await deps.mappingStore.remember(sheet, mapping)
      return saved.ok ? ok({}) : saved
    },
  }
}
