// Text for the workbook's XML parts. XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and unpaired
// surrogates; exceljs drops some C0 controls but writes the rest, and a single one makes Excel
// report a damaged file and exceljs refuse to read it back (tests/fuzz/hostile-text-export.test.ts).
// Tab, line feed and carriage return are allowed and kept.
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

// Every character the pattern above can match, without its look-arounds: most text has none of
// them and is returned as it is, without running the slower pattern (every cell's text passes here).
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\ud800-\udfff]/

export function xmlSafeText(text: string): string {
  return MAYBE_FORBIDDEN.test(text) ? text.replace(XML_FORBIDDEN, '') : text
}
