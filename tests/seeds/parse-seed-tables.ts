// Test-only parser: reads the 13 tables of a published disclosure (plain-text extraction, tab-separated
// table lines) into the neutral table model, so that seeds can be compared cell by cell with derived
// tables and the 勾稽 rules can run on them.
import { LAYOUTS, headerForYear, tableLabel, tableTocTitle } from '../../core/tables/layouts'
import { TABLE_IDS, type TableId, type TableModel, type TableSet } from '../../core/tables/table-model'
import { canonicalEmptyRows, buildRows } from './seed-table-rows'
import { cleanLines, normalizeName, splitCells } from './seed-text'

/** Older titles of T10/T11 (spec §1.8), accepted for tolerant import. */
const TITLE_ALIASES: Partial<Record<TableId, string[]>> = {
  T10: ['年一般公共预算“三公”经费支出预算表'],
  T11: ['年机关运行经费预算财政拨款情况统计表'],
}

interface RawTable {
  title: string
  departmentName: string
  unitLabel: string
  body: string[][]
  notes: string[]
  empty: boolean
}

const isBlank = (line: string): boolean => line.replace(/[\s\u3000]/g, '') === ''
const isLabelLine = (line: string): boolean => /^(?:预算公开表|部门公开表)\s*\d+$/.test(line)
const isNoteLine = (line: string): boolean => /^注[：:]/.test(line)
const isPartHeading = (line: string): boolean => /^第[三四]部分/.test(line)
const isEmptyNote = (line: string): boolean => normalizeName(line).includes('本表无数据')
/** Page footers left between the rows of a table that runs over a page (`- 3 -`, `— 1 —`). */
const isPageNumber = (line: string): boolean => !line.includes('\t') && /^[-—–\s]*\d+[-—–\s]*$/.test(line)

export function parseSeedTables(text: string, budgetYear: number): TableSet {
  const lines = cleanLines(text)
  const titles = titleMatchers(budgetYear)
  const isTitleLine = (line: string): boolean => titles.some((t) => t.names.includes(normalizeName(line)))
  const stop = findPartThree(lines)

  const starts = new Map<TableId, number>()
  let from = 0
  for (const { id, names } of titles) {
    let at = -1
    for (let i = from; i < stop; i++) {
      if (names.includes(normalizeName(lines[i] ?? ''))) {
        at = i
        break
      }
    }
    if (at < 0) throw new Error(`${id}: title ${budgetYear}${LAYOUTS[id].titleSuffix} not found`)
    starts.set(id, at)
    from = at + 1
  }

  const isEnd = (line: string): boolean => isTitleLine(line) || isLabelLine(line) || isNoteLine(line) || isPartHeading(line)
  const set = {} as TableSet
  for (const id of TABLE_IDS) {
    const raw = readRawTable(id, lines, starts.get(id) ?? 0, stop, budgetYear, isEnd)
    set[id] = toModel(id, raw, budgetYear)
  }
  return set
}

function titleMatchers(year: number): { id: TableId; names: string[] }[] {
  return TABLE_IDS.map((id) => ({
    id,
    names: [LAYOUTS[id].titleSuffix, ...(TITLE_ALIASES[id] ?? [])].map((s) => normalizeName(`${year}${s}`)),
  }))
}

/** Index of the 第三部分 heading (not its 目录 entry), or the end of the text. */
function findPartThree(lines: string[]): number {
  const i = lines.findIndex((l) => /^第三部分\s*\S*情况说明$/.test(l))
  return i < 0 ? lines.length : i
}

function readRawTable(
  id: TableId,
  lines: string[],
  titleAt: number,
  stop: number,
  year: number,
  isEnd: (line: string) => boolean,
): RawTable {
  const raw: RawTable = { title: lines[titleAt] ?? '', departmentName: '', unitLabel: '', body: [], notes: [], empty: false }
  let i = titleAt + 1

  // Preamble: 部门名称 and 单位 (2023-era prints both on one line).
  for (; i < stop; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    const dept = /^部门名称[：:]\s*(.*?)\s*(单位[：:].*)?$/.exec(line)
    if (dept) {
      raw.departmentName = (dept[1] ?? '').trim()
      if (dept[2]) raw.unitLabel = dept[2].trim()
    } else if (/^单位[：:]/.test(line)) raw.unitLabel = line.trim()
    else break
  }

  // Header rows: a fixed count per layout, each checked to hold only header texts. The check ignores
  // columns, because spanning header cells may sit in another column (spec §9.12).
  const headerTexts = new Set(headerForYear(id, year).map((c) => normalizeName(c.text)))
  for (let n = 0; n < LAYOUTS[id].headerRowCount; i++) {
    if (i >= stop) throw new Error(`${id}: header rows missing`)
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    const foreign = splitCells(line).map(normalizeName).filter((c) => c !== '' && !headerTexts.has(c))
    if (foreign.length > 0) throw new Error(`${id}: unexpected header line "${line}" (${foreign.join(', ')})`)
    n++
  }

  // Body: page breaks leave blank lines and do not repeat the header, so read on until a terminator.
  for (; i < stop; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line) || isPageNumber(line)) continue
    if (isEnd(line)) break
    if (!line.includes('\t') && LAYOUTS[id].columns.length > 1) throw new Error(`${id}: stray line in table body: "${line}"`)
    raw.body.push(fitCells(id, splitCells(line)))
  }

  for (; i < stop; i++) {
    const line = lines[i] ?? ''
    if (isBlank(line)) continue
    if (!isNoteLine(line)) break
    if (isEmptyNote(line)) raw.empty = true
    else raw.notes.push(line.trim())
  }
  return raw
}

/** Pads a body line to the layout's column count; trailing cells beyond it must be blank. */
function fitCells(id: TableId, cells: string[]): string[] {
  const n = LAYOUTS[id].columns.length
  const extra = cells.slice(n).filter((c) => c !== '')
  if (extra.length > 0) throw new Error(`${id}: line has more than ${n} cells: ${cells.join(' | ')}`)
  const fitted = cells.slice(0, n)
  while (fitted.length < n) fitted.push('')
  return fitted
}

function toModel(id: TableId, raw: RawTable, year: number): TableModel {
  const layout = LAYOUTS[id]
  const rows = raw.empty ? canonicalEmptyRows(id, buildRows(id, raw.body)) : buildRows(id, raw.body)
  return {
    id,
    label: tableLabel(id),
    title: raw.title,
    tocTitle: tableTocTitle(id, year),
    departmentName: raw.departmentName,
    unitLabel: raw.unitLabel,
    orientation: layout.orientation,
    columns: layout.columns.map((c) => ({ ...c })),
    header: headerForYear(id, year),
    headerRowCount: layout.headerRowCount,
    rows,
    empty: raw.empty,
    notes: raw.notes,
  }
}
