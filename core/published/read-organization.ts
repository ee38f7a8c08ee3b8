// 第一部分 and the department's identity: 部门名称 (表1's preamble or the cover), 主管部门代码 and
// 级次 (the 绩效目标表 heading and 主管部门及代码 row), 职责 and 机构设置 text (without the sentences
// and list the app generates from the units), and the unit list with types where printed: the
// 概况 list `单位名称 | 单位性质`, or 八's `…1家行政单位` / `…为公益一类事业单位，无机关运行经费`.
import { UNIT_TYPE_LABELS, type GovernmentLevel, type UnitType } from '../model/enums'
import type { Located } from './locate'
import { joinPart, type Where } from './read-figures'
import { cells, describeLine, isBlank, normalizeName, type SourceLine } from './text-lines'

export interface FoundText {
  text: string
  where?: Where
}

export interface PrintedUnit {
  /** Without `（本级）`. */
  name: string
  type?: UnitType
  isHeadUnit: boolean
  where: Where
}

export interface OrganizationReading {
  displayName?: FoundText
  code?: FoundText
  level?: GovernmentLevel
  regionName?: FoundText
  duties?: FoundText
  organization?: FoundText
  units: PrintedUnit[]
  /** Types stated in 八 for named units (`…为公益一类事业单位`). */
  statedTypes: { name: string; type: UnitType; where: Where }[]
}

const TYPE_BY_LABEL: [RegExp, UnitType][] = [
  [/^行政(?:单位)?$/, 'administrative'],
  [/^参公(?:单位|事业单位)?$|^参照公务员法管理(?:的)?事业单位$/, 'civil-servant-managed'],
  [/^公益一类(?:事业单位)?$/, 'public-welfare-1'],
  [/^公益二类(?:事业单位)?$/, 'public-welfare-2'],
  [/^其他事业单位$|^事业单位$/, 'other-institution'],
]

export function unitTypeOf(label: string): UnitType | undefined {
  const n = normalizeName(label)
  return TYPE_BY_LABEL.find(([re]) => re.test(n))?.[1]
}

const where = (line: SourceLine, what: string): Where => ({ ...(line.page !== undefined ? { page: line.page } : {}), line: line.index + 1, source: what, text: `${describeLine(line)} ${what}` })

export const HEAD_SUFFIX = /[（(]本级[）)]$/
export const plainNameOf = (display: string) => display.replace(/\[部门\]$|【部门】$|（部门）$/, '').trim()

/** Paragraphs between two headings; wrapped lines of paged text (PDF) are joined back. */
function paragraphs(lines: readonly SourceLine[]): string {
  const paged = lines.some((l) => l.page !== undefined)
  const texts = lines.map((l) => l.text.replace(/\t/g, ' ').trim()).filter((t) => !isBlank(t))
  if (!paged) return texts.join('\n')
  const longest = Math.max(0, ...texts.map((t) => t.length))
  const out: string[] = []
  for (const t of texts) {
    const prev = out[out.length - 1]
    const startsItem = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])/.test(t)
    if (prev !== undefined && !startsItem && !(/[。：:]$/.test(prev) && prev.length < longest - 2)) out[out.length - 1] = prev + t
    else out.push(t)
  }
  return out.join('\n')
}

const isHeading = (t: string, re: RegExp) => re.test(normalizeName(t)) && normalizeName(t).length <= 12
const GENERATED = [/下属.+个单位，包括/, /^从部门预算构成看/, /^纳入.+预算公开的单位具体为/]

function readPartOne(located: Located, out: OrganizationReading): void {
  const lines = located.partOne
  const dutiesAt = lines.findIndex((l) => isHeading(l.text, /^一、本(?:部门|单位)职责$/))
  const orgAt = lines.findIndex((l) => isHeading(l.text, /^二、机构设置(?:情况)?$/))
  if (dutiesAt >= 0) {
    const body = lines.slice(dutiesAt + 1, orgAt > dutiesAt ? orgAt : lines.length)
    const text = paragraphs(body)
    if (text) out.duties = { text, where: where(lines[dutiesAt] as SourceLine, '第一部分“一、本部门职责”') }
  }
  if (orgAt < 0) return
  const body: SourceLine[] = []
  let listed: { unit: PrintedUnit; line: SourceLine } | undefined
  for (const l of lines.slice(orgAt + 1)) {
    if (isHeading(l.text, /^第二部分/)) break
    const parts = cells(l.text).filter((c) => c !== '')
    const type = parts.length === 2 ? unitTypeOf(parts[1] as string) : undefined
    if (type) {
      const printed = normalizeName(parts[0] as string)
      const unit: PrintedUnit = { name: printed.replace(HEAD_SUFFIX, ''), type, isHeadUnit: HEAD_SUFFIX.test(printed), where: where(l, `第一部分单位列表“${printed}”`) }
      out.units.push(unit)
      listed = { unit, line: l }
      continue
    }
    // A unit name wrapped in its cell (PDF): the tail sits alone on the next line of the same page.
    if (listed && parts.length === 1 && l.page !== undefined && l.page === listed.line.page && !/[。：:]$/.test(l.text) && normalizeName(l.text).length <= 20) {
      const tail = normalizeName(l.text)
      const head = HEAD_SUFFIX.test(tail)
      listed.unit.name = (listed.unit.name + tail).replace(HEAD_SUFFIX, '')
      if (head) listed.unit.isHeadUnit = true
      continue
    }
    listed = undefined
    if (parts.length === 2 && normalizeName(parts[0] as string) === '单位名称') continue
    body.push(l)
  }
  const text = paragraphs(body)
    .split('\n')
    .filter((p) => !GENERATED.some((re) => re.test(p)))
    .join('\n')
  out.organization = { text, where: where(lines[orgAt] as SourceLine, '第一部分“二、机构设置情况”') }
}

function readIdentity(located: Located, all: readonly SourceLine[], out: OrganizationReading): void {
  for (const region of Object.values(located.tables)) {
    const l = region?.body.find((x) => /^部门名称[：:]/.test(normalizeName(x.text)))
    const m = l ? /^部门名称[：:]\s*(.+?)(?:\s*单位[：:].*)?$/.exec(l.text.replace(/\t/g, ' ')) : null
    if (l && m) {
      out.displayName = { text: normalizeName(m[1] as string), where: where(l, '表头“部门名称”') }
      break
    }
  }
  if (!out.displayName) {
    const at = all.slice(0, 40).findIndex((l) => /年度?(?:部门|单位)预算公开$/.test(normalizeName(l.text)))
    const cover = all.slice(0, Math.max(at, 0)).filter((l) => !isBlank(l.text)).pop()
    if (cover) out.displayName = { text: normalizeName(cover.text), where: where(cover, '封面') }
  }
  for (const l of all) {
    const n = normalizeName(l.text)
    if (!out.regionName) {
      const m = /^(.+?)(市级|县（区）级|县级|区级)预算部门（单位）项目支出绩效目标表$/.exec(n)
      if (m) {
        out.regionName = { text: m[1] as string, where: where(l, '绩效目标表标题') }
        out.level = m[2] === '市级' ? 'city' : 'county'
      }
    }
    // The label may wrap (`主管部门及` / `代码`, PDF): the `019-…` cell beside 实施单位 is enough.
    if (!out.code && (n.startsWith('主管部门及代码') || n.includes('实施单位'))) {
      const m = /(?:^|\t)\s*(?:主管部门及代码\s*)?(\d{3})[-－—]/.exec(l.text)
      if (m) out.code = { text: m[1] as string, where: where(l, '绩效目标表“主管部门及代码”') }
    }
    if (out.regionName && out.code) break
  }
}

/** 八: `…所属A、B，1家行政单位、2家参公单位…` and `所属单位C为公益一类事业单位，无机关运行经费`. */
function readStatedTypes(located: Located, out: OrganizationReading): void {
  const { text, lineAt } = joinPart(located.partThree)
  const at = (offset: number, what: string) => {
    const l = lineAt(offset) ?? located.partThree[0]
    return l ? where(l, `第三部分“${what}”`) : undefined
  }
  for (const m of text.matchAll(/所属(?:单位)?([^，。；\n]+?)为(行政单位|参公单位|公益一类事业单位|公益二类事业单位|其他事业单位)/g)) {
    const type = unitTypeOf(m[2] as string)
    const w = at(m.index, m[0])
    if (type && w) for (const name of (m[1] as string).split('、')) out.statedTypes.push({ name: normalizeName(name).replace(HEAD_SUFFIX, ''), type, where: w })
  }
  // `所属A、B，1家行政单位、2家参公单位` (app) or `所属A1家行政单位` (000): names get a type only when one type is named.
  for (const m of text.matchAll(/所属([^。；\n]+?)[，,]?((?:\d+家(?:行政单位|参公单位)[、，,]?)+)/g)) {
    const types = [...(m[2] as string).matchAll(/\d+家(行政单位|参公单位)/g)].map((t) => unitTypeOf(t[1] as string))
    const w = at(m.index, m[0])
    if (types.length !== 1 || !types[0] || !w) continue
    for (const name of (m[1] as string).split('、')) out.statedTypes.push({ name: normalizeName(name).replace(HEAD_SUFFIX, ''), type: types[0], where: w })
  }
}

export function readOrganization(located: Located, all: readonly SourceLine[]): OrganizationReading {
  const out: OrganizationReading = { units: [], statedTypes: [] }
  readPartOne(located, out)
  readIdentity(located, all, out)
  readStatedTypes(located, out)
  return out
}

export const UNIT_TYPE_TEXT = UNIT_TYPE_LABELS
