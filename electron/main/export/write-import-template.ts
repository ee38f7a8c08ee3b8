// `--format import-xlsx` (导出为导入模板): the document as a filled import template, every sheet the
// template has, so importing the file gives the same document.
import { join } from 'node:path'
import { documentTemplateWorkbook } from '../import/write-template'
import { loadCatalog } from '../templates/catalog-loader'
import { writeExportFile } from './write-export-file'
import type { ExportWriter } from './writers'

export const writeImportTemplateExport: ExportWriter = async (req) => {
  const file = join(req.outDir, `${req.baseName}.导入模板.xlsx`)
  return [await writeExportFile(file, await documentTemplateWorkbook(req.document, loadCatalog(req.document.templateYear)))]
}
