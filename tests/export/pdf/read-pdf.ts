// Reads an exported PDF the way a checker does. The reader is main-side code now (the export's
// self-audit uses it, electron/main/export/audit); the tests read PDFs through the same module.
export { compact, compactPageText, FOOTER_PATTERN, RADICALS, readingOrder, readPdf, type LinkTarget, type OutlineEntry, type PageText, type ReadPdf, type TextItem } from '../../../electron/main/export/audit/read-pdf-text'
