// Finds the parts of a published disclosure: its budget year, the 13 tables (by their titles, not
// the 目录 entries), 第一部分 and 第三部分. Titles are matched without spaces and with either bracket
// width; a title wrapped over two lines (PDF) is matched on the joined lines.
import { LAYOUTS } from '../tables/layouts'
import { TABLE_IDS, type TableId } from '../tables/table-model'
import { normalizeName, type SourceLine } from './text-lines'

/** Older titles of T10/T11 (spec §1.8). */
const TITLE_ALIASES: Partial<Record<TableId, string[]>> = {
  T10: ['年一般公共预算“三公”经费支出预算表'],
  T11: ['年机关运行经费预算财政拨款情况统计表'],
}

export interface TableRegion {
  id: TableId
  /** The title line. */
  title: SourceLine
  /** Lines after the title up to the next table or part. */
  body: SourceLine[]
  /** `注：本表无数据` printed under the table. */
  empty: boolean
}

export interface Located {
  year: number | undefined
  tables: Partial<Record<TableId, TableRegion>>
  /** 第一部分 lines (headings included), empty when not found. */
  partOne: SourceLine[]
  /** 第三部分 lines up to 第四部分 (the forms of 十 included). */
  partThree: SourceLine[]
}

export function findYear(lines: readonly SourceLine[]): number | undefined {
  for (const l of lines.slice(0, 80)) {
    const m = /(\d{4})年度?(?:部门|单位)预算公开/.exec(normalizeName(l.text))
    if (m) return Number(m[1])
  }
  for (const l of lines) {
    const m = /^(\d{4})年预算收支总表$/.exec(normalizeName(l.text))
    if (m) return Number(m[1])
  }
  return undefined
}

const hasTrailingPage = (text: string) => /\t\s*\d+\s*$/.test(text) || /\.{3,}/.test(text)

function titleNames(year: number, id: TableId): string[] {
  return [LAYOUTS[id].titleSuffix, ...(TITLE_ALIASES[id] ?? [])].map((s) => normalizeName(`${year}${s}`))
}

const isPartHeading = (text: string, n: string) => !hasTrailingPage(text) && new RegExp(`^第${n}部分`).test(normalizeName(text))

export function locate(lines: readonly SourceLine[]): Located {
  const year = findYear(lines)
  const result: Located = { year, tables: {}, partOne: [], partThree: [] }
  const idx = (pred: (l: SourceLine) => boolean, from = 0) => {
    for (let i = from; i < lines.length; i++) if (pred(lines[i] as SourceLine)) return i
    return -1
  }
  const partOne = idx((l) => isPartHeading(l.text, '一'))
  const partTwo = idx((l) => isPartHeading(l.text, '二'), partOne + 1)
  const partThree = idx((l) => isPartHeading(l.text, '三') && /情况说明$/.test(normalizeName(l.text)), Math.max(partTwo, 0))
  const partFour = partThree < 0 ? -1 : idx((l) => isPartHeading(l.text, '四'), partThree + 1)
  if (partOne >= 0) result.partOne = lines.slice(partOne, partTwo > partOne ? partTwo : partThree > partOne ? partThree : lines.length)
  if (partThree >= 0) result.partThree = lines.slice(partThree, partFour > partThree ? partFour : lines.length)
  if (year === undefined) return result

  const starts: { id: TableId; at: number }[] = []
  const from = Math.max(partTwo, partOne, 0)
  const stop = partThree >= 0 ? partThree : lines.length
  for (const id of TABLE_IDS) {
    const names = titleNames(year, id)
    for (let i = from; i < stop; i++) {
      const l = lines[i] as SourceLine
      if (hasTrailingPage(l.text)) continue
      const one = normalizeName(l.text)
      const two = one + normalizeName(lines[i + 1]?.text ?? '')
      if (names.includes(one) || (one.length > 6 && names.includes(two))) {
        starts.push({ id, at: i })
        break
      }
    }
  }
  starts.sort((a, b) => a.at - b.at)
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.at ?? stop
    const body = lines.slice(s.at + 1, end)
    result.tables[s.id] = {
      id: s.id,
      title: lines[s.at] as SourceLine,
      body,
      empty: body.some((l) => normalizeName(l.text).includes('本表无数据')),
    }
  })
  return result
}
