// Cell text → model values. Exports of budget systems write amounts with thousands separators and
// full-width digits, codes together with their names (`2010301 行政运行`), and Chinese labels for
// sources, periods and types; each parser accepts those and says why it does not in Chinese.
import { toHalfWidth } from '../catalogs/codes'
import { fenToYuanString, parseWanToFen, parseYuan } from '../money/money'
import {
  GOVERNMENT_LEVEL_LABELS,
  PROJECT_ATTRIBUTE_LABELS,
  PROJECT_CATEGORY_LABELS,
  UNIT_FUND_KIND_LABELS,
  UNIT_TYPE_LABELS,
  type ExpenditureKind,
  type FundSource,
  type GovernmentLevel,
  type Period,
  type ProjectAttribute,
  type ProjectCategory,
  type UnitFundKind,
  type UnitType,
} from '../model/enums'

export type AmountUnit = 'yuan' | 'wan'
export const AMOUNT_UNIT_LABELS: Record<AmountUnit, string> = { yuan: '元', wan: '万元' }

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message })

/** Spaces of every width, half-width digits and punctuation. */
export function compact(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0]/g, '').replace(/，/g, ',').replace(/（/g, '(').replace(/）/g, ')')
}

/** An amount cell in 元 or 万元 → 元 with two decimals ("1234.50"); 万元 converts exactly (no floats). */
export function parseAmount(text: string, unit: AmountUnit): Parsed<string> {
  let s = compact(text).replace(/^[¥￥]/, '')
  s = s.replace(unit === 'wan' ? /万元$/ : /(?<!万)元$/, '')
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '')
  if (s.startsWith('-') || /^\(.*\)$/.test(s)) return fail(`金额“${text.trim()}”不能为负数`)
  if (!/^\d+(\.\d+)?$/.test(s)) return fail(`金额“${text.trim()}”不是有效的数字`)
  const decimals = s.split('.')[1]?.length ?? 0
  if (unit === 'wan') {
    if (decimals > 6) return fail(`金额“${text.trim()}”万元精确到分以下（万元最多保留六位小数）`)
    const r = parseWanToFen(s)
    return r.ok ? { ok: true, value: fenToYuanString(r.fen) } : fail(`金额“${text.trim()}”过大`)
  }
  if (decimals > 2) return fail(`金额“${text.trim()}”精确到分以下（元最多保留两位小数）`)
  const r = parseYuan(s.replace(/^0+(?=\d)/, ''))
  if (!r.ok) return fail(r.reason === 'too-large' ? `金额“${text.trim()}”过大` : `金额“${text.trim()}”不是有效的数字`)
  return { ok: true, value: fenToYuanString(r.fen) }
}

/** `2010301`, `2010301 行政运行`, `[2010301]行政运行`, `2010301.0`, `２０１０３０１` → code (+ name). */
export function parseCodeCell(text: string): { code: string; name: string } | undefined {
  const s = toHalfWidth(text).trim().replace(/^'/, '')
  const m = /^[[【(（]?\s*(\d+)(?:\.0+)?\s*[\]】)）]?\s*[-—_、:：.]?\s*(.*)$/.exec(s)
  if (!m) return undefined
  return { code: m[1] as string, name: (m[2] ?? '').trim() }
}

/** Text for a name lookup: full-width brackets, no spaces. */
export function nameKey(text: string): string {
  return compact(text).replace(/\(/g, '（').replace(/\)/g, '）')
}

function lookup<T>(text: string, table: ReadonlyMap<string, T>): T | undefined {
  return table.get(nameKey(text))
}

function labelTable<T>(entries: readonly (readonly [string, T])[]): Map<string, T> {
  return new Map(entries.map(([k, v]) => [nameKey(k), v]))
}

const invert = <K extends string>(labels: Record<K, string>): [string, K][] => (Object.entries(labels) as [K, string][]).map(([k, v]) => [v, k])

export interface SourceCell {
  source?: FundSource
  unitFundKind?: UnitFundKind
  period?: Period
}

const SOURCES = labelTable<SourceCell>([
  ...['一般公共预算', '一般公共预算拨款', '一般公共预算资金', '一般公共预算收入', '一般公共预算财政拨款', '公共预算', '一般预算', '财政拨款', '财政拨款收入', '财政拨款资金'].map(
    (k) => [k, { source: 'general' as const }] as const,
  ),
  ...['政府性基金', '政府性基金预算', '政府性基金预算拨款', '政府性基金拨款', '政府性基金收入', '基金预算'].map((k) => [k, { source: 'fund' as const }] as const),
  ...['国有资本经营预算', '国有资本经营', '国有资本经营预算拨款', '国有资本经营收入', '国资预算'].map((k) => [k, { source: 'state-capital' as const }] as const),
  ...['财政专户管理资金', '财政专户管理资金收入', '财政专户', '财政专户资金', '专户资金'].map((k) => [k, { source: 'special-account' as const }] as const),
  ...['单位资金', '单位自有资金', '自有资金'].map((k) => [k, { source: 'unit' as const }] as const),
  ...invert(UNIT_FUND_KIND_LABELS).map(([label, kind]) => [label, { source: 'unit' as const, unitFundKind: kind }] as const),
  ['经营收入', { source: 'unit', unitFundKind: 'operating-income' }],
  ['上级补助', { source: 'unit', unitFundKind: 'superior-subsidy' }],
  ['附属单位上缴', { source: 'unit', unitFundKind: 'subordinate-remittance' }],
])

const CARRYOVER_WORDS = /上年财政拨款结转|财政拨款结转|上年结转资金|上年结转|结转资金|结转/
const CURRENT_WORDS = /当年预算|本年预算|当年拨款|当年|本年/

/** A 资金来源 cell; it may also carry the period (`上年结转`, `一般公共预算（上年结转）`). */
export function parseSourceCell(text: string): SourceCell | undefined {
  let s = nameKey(text)
  let period: Period | undefined
  if (CARRYOVER_WORDS.test(s)) {
    period = 'carryover'
    s = s.replace(CARRYOVER_WORDS, '')
  } else if (CURRENT_WORDS.test(s) && s.replace(CURRENT_WORDS, '') !== '') {
    period = 'current'
    s = s.replace(CURRENT_WORDS, '')
  }
  s = s.replace(/[（）]/g, '')
  if (s === '') return period ? { period } : undefined
  const hit = lookup(s, SOURCES)
  if (!hit) return undefined
  return period ? { ...hit, period } : { ...hit }
}

const PERIODS = labelTable<Period>([
  ['当年', 'current'], ['当年预算', 'current'], ['本年', 'current'], ['本年预算', 'current'], ['当年拨款', 'current'], ['本年收入', 'current'], ['新增', 'current'],
  ['上年结转', 'carryover'], ['结转', 'carryover'], ['上年', 'carryover'], ['上年结转资金', 'carryover'], ['财政拨款结转', 'carryover'],
])
export function parsePeriod(text: string): Period | undefined {
  return lookup(text, PERIODS)
}

const KINDS = labelTable<ExpenditureKind>([
  ['基本支出', 'basic'], ['基本', 'basic'], ['人员经费', 'basic'], ['公用经费', 'basic'],
  ['项目支出', 'project'], ['项目', 'project'],
])
export function parseKind(text: string): ExpenditureKind | undefined {
  return lookup(text, KINDS)
}

const UNIT_TYPES = labelTable<UnitType>([
  ...invert(UNIT_TYPE_LABELS),
  ['行政', 'administrative'], ['机关', 'administrative'], ['行政机关', 'administrative'],
  ['参公', 'civil-servant-managed'], ['参照公务员法管理单位', 'civil-servant-managed'], ['参公事业单位', 'civil-servant-managed'], ['参照公务员法管理事业单位', 'civil-servant-managed'],
  ['公益一类', 'public-welfare-1'], ['公益一类事业', 'public-welfare-1'], ['公益二类', 'public-welfare-2'], ['公益二类事业', 'public-welfare-2'],
  ['其他事业', 'other-institution'], ['事业单位', 'other-institution'],
])
export function parseUnitType(text: string): UnitType | undefined {
  return lookup(text, UNIT_TYPES)
}

const UNIT_FUND_KINDS = labelTable<UnitFundKind>([...invert(UNIT_FUND_KIND_LABELS), ['经营收入', 'operating-income'], ['上级补助', 'superior-subsidy'], ['附属单位上缴', 'subordinate-remittance']])
export function parseUnitFundKind(text: string): UnitFundKind | undefined {
  return lookup(text, UNIT_FUND_KINDS)
}

const CATEGORIES = labelTable<ProjectCategory>([...invert(PROJECT_CATEGORY_LABELS), ['运转类', 'operating'], ['其他运转', 'operating'], ['特定目标', 'targeted']])
export function parseProjectCategory(text: string): ProjectCategory | undefined {
  return lookup(text, CATEGORIES)
}

const ATTRIBUTES = labelTable<ProjectAttribute>([
  ...invert(PROJECT_ATTRIBUTE_LABELS),
  ['一次性', 'one-off'], ['一次性项目', 'one-off'], ['经常性', 'recurring'], ['经常性项目', 'recurring'],
  ['延续性', 'phased'], ['延续性项目', 'phased'], ['阶段性', 'phased'], ['阶段性项目', 'phased'],
])
export function parseProjectAttribute(text: string): ProjectAttribute | undefined {
  return lookup(text, ATTRIBUTES)
}

const LEVELS = labelTable<GovernmentLevel>([...invert(GOVERNMENT_LEVEL_LABELS), ['县', 'county'], ['县区级', 'county'], ['县（区）级', 'county'], ['市', 'city']])
export function parseGovernmentLevel(text: string): GovernmentLevel | undefined {
  return lookup(text, LEVELS)
}

const YES_NO = labelTable<boolean>([
  ['是', true], ['Y', true], ['YES', true], ['TRUE', true], ['1', true], ['√', true], ['✓', true],
  ['否', false], ['N', false], ['NO', false], ['FALSE', false], ['0', false], ['×', false],
])
export function parseYesNo(text: string): boolean | undefined {
  return lookup(text.toUpperCase(), YES_NO)
}

/** A whole number (项目期, 预算年度): `3`, `３`, `3.0`, `3年`. */
export function parseWholeNumber(text: string): number | undefined {
  const m = /^(\d{1,6})(?:\.0+)?(?:年)?$/.exec(compact(text))
  return m ? Number(m[1]) : undefined
}
