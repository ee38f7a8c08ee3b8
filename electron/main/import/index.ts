// Main-side import: what the import IPC handlers and the CLI call (pure logic is in core/import and core/rollover).
export { openWorkbook, readWorkbook, readWorkbookBuffer } from './read-workbook'
export { documentTemplateWorkbook, exportLinesToTemplate, EXTRA_SHEET_WRITERS, templateWorkbook, writeImportTemplate, type TemplateSheetWriter } from './write-template'
export { loadMappingStore, mappingStoreAt, MAPPING_STORE_FILE, saveMappingStore, type MappingStore } from './mapping-store'
export { CODE_CHANGES_FILE, loadCodeChanges } from './code-changes-loader'
