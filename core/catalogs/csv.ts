// RFC 4180 CSV, small enough to keep in core: the shipped catalogs are our own files, and an
// officer's own catalog arrives as rows of strings (xlsx is read outside core).

const BOM = '\uFEFF'

/** Parses CSV text into rows of fields. Handles quotes, "" escapes, commas and line breaks inside
 * quotes, CRLF/LF/CR line ends and a leading BOM. A final line break does not add an empty row. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let inQuotes = false
  let i = 0
  const endRow = (): void => {
    row.push(field)
    rows.push(row)
    row = []
    field = ''
  }
  while (i < src.length) {
    const ch = src[i]
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        inQuotes = false
      } else {
        field += ch
      }
      i += 1
      continue
    }
    if (ch === '"' && field === '') inQuotes = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\r' || ch === '\n') {
      endRow()
      if (ch === '\r' && src[i + 1] === '\n') i += 1
    } else field += ch
    i += 1
  }
  if (inQuotes) throw new Error('CSV 格式错误：引号未闭合')
  if (field !== '' || row.length > 0) endRow()
  return rows
}

function formatField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Writes rows as CSV with LF line ends and a final line break (no BOM). */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(formatField).join(',')).join('\n') + '\n'
}
