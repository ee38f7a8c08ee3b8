/** Larger workbooks are refused before they are read: a budget import is a few MB at most. */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024
