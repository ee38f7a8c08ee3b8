// Column definitions shared by the grids of budget lines, income entries and procurement.
import type { Catalog, CatalogEntry } from '../../../../core/catalogs/types'
import { FUND_SOURCE_LABELS, PERIOD_LABELS, UNIT_FUND_KIND_LABELS, type FundSource } from '../../../../core/model/enums'
import type { Unit } from '../../../../core/model/organization'
import type { GridColumn, GridRow } from '../../components/EntryGrid/grid-types'
import type { EnumOption } from '../../components/paste/parse-paste'
import { text } from '../../text/zh-CN'

export function labelOptions(labels: Record<string, string>, aliases: Record<string, readonly string[]> = {}): EnumOption[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label, aliases: aliases[value] ?? [] }))
}

const SOURCE_ALIASES: Record<string, readonly string[]> = {
  general: ['一般公共预算拨款', '一般预算', '公共预算', '财政拨款'],
  fund: ['政府性基金', '基金预算', '基金'],
  'state-capital': ['国有资本经营', '国资'],
  'special-account': ['财政专户', '专户'],
  unit: ['单位资金', '其他资金', '自有资金'],
}

export const SOURCE_OPTIONS = labelOptions(FUND_SOURCE_LABELS, SOURCE_ALIASES)
export const PERIOD_OPTIONS = labelOptions(PERIOD_LABELS, { current: ['当年', '本年', '当年预算安排'], carryover: ['结转', '上年结转安排'] })
export const UNIT_FUND_KIND_OPTIONS = labelOptions(UNIT_FUND_KIND_LABELS)

/** The 项 codes of the functional catalog and the 款 codes of the economic ones, as the lines take them. */
export function catalogEntries(catalog: Catalog | undefined) {
  const byLevel = (m: Map<string, CatalogEntry> | undefined, level: CatalogEntry['level']) => [...(m?.values() ?? [])].filter((e) => e.level === level)
  return {
    functional: byLevel(catalog?.functional, '项'),
    economicDepartment: byLevel(catalog?.economicDepartment, '款'),
    economicGovernment: byLevel(catalog?.economicGovernment, '款'),
    income: [...(catalog?.income.values() ?? [])],
  }
}

export function unitOptions(units: readonly Unit[]): EnumOption[] {
  return units.map((u, i) => ({ value: u.id, label: u.name || text.draft.unnamedUnit(i + 1) }))
}

export function unitColumn<R extends GridRow>(units: readonly Unit[], width = 160): GridColumn<R> {
  return { key: 'unitId', title: text.fields.unitId, aliases: ['单位名称', '预算单位'], width, kind: 'enum', required: true, options: unitOptions(units) }
}

export function codeColumn<R extends GridRow>(key: string, title: string, entries: readonly CatalogEntry[], lengths: number[], aliases: string[], width = 200): GridColumn<R> {
  return { key, title, aliases, width, kind: 'code', required: true, lengths, entries }
}

export function sourceColumn<R extends GridRow & { unitFundKind?: string }>(): GridColumn<R> {
  return {
    key: 'source',
    title: text.fields.source,
    aliases: ['资金性质', '经费来源'],
    width: 124,
    kind: 'enum',
    required: true,
    options: SOURCE_OPTIONS,
    // Only 单位资金 carries a 单位资金类别.
    set: (row, value) => {
      const next = { ...row, source: value as FundSource }
      if (value !== 'unit') delete next.unitFundKind
      else if (!next.unitFundKind) next.unitFundKind = 'business-income'
      return next
    },
  }
}

export function periodColumn<R extends GridRow>(): GridColumn<R> {
  return { key: 'period', title: text.fields.period, aliases: ['期间', '年度'], width: 86, kind: 'enum', required: true, options: PERIOD_OPTIONS }
}

export function amountColumn<R extends GridRow>(width = 140): GridColumn<R> {
  return { key: 'amount', title: text.fields.amount, aliases: ['预算金额', '金额合计', '合计', '预算数'], width, kind: 'money', required: true }
}
