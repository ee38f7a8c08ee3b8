// Codes against the year's catalog (domain-core issue §4): a code missing from the catalog is a
// warning the officer can confirm with its name, never a blocker or a crash.
import { functionalEditionWarning, lookupEconomicDepartment, lookupEconomicGovernment, lookupFunctional, lookupIncome } from '../../catalogs/catalog'
import { governmentCodeOf } from '../../calc/government-code'
import { EXPENDITURE_CATEGORIES } from '../../tables/layouts'
import type { Finding } from '../finding'
import { finding, type DocumentRule } from './context'

const CATEGORY_CODES = new Set(EXPENDITURE_CATEGORIES.map((c) => c.code))

/** One finding per distinct code, pointing at its first line. */
function perCode(lines: readonly { code: string; index: number }[], make: (code: string, index: number, count: number) => Finding | undefined): Finding[] {
  const first = new Map<string, { index: number; count: number }>()
  for (const l of lines) {
    const f = first.get(l.code)
    if (f) f.count++
    else first.set(l.code, { index: l.index, count: 1 })
  }
  return [...first.entries()].flatMap(([code, { index, count }]) => make(code, index, count) ?? [])
}

const where = (count: number) => (count > 1 ? `（共${count}条预算行）` : '')

export const C01: DocumentRule = {
  id: 'C01',
  title: '支出功能分类科目在本年科目表中',
  severity: 'warning',
  check(ctx) {
    const lines = ctx.derivation.data.lines.map((l, index) => ({ code: l.functionCode, index }))
    return perCode(lines, (code, index, count) => {
      const step = ctx.derivation.data.lines[index]?.kind === 'project' ? 'projects' : 'basic'
      if (!lookupFunctional(ctx.catalog, code)) return finding(this, `支出功能分类科目“${code}”不在${ctx.catalog.year}年科目表中，请核对编码或导入本年科目表后确认其名称${where(count)}`, step, ['lines', index, 'functionCode'])
      const old = functionalEditionWarning(ctx.catalog, code)
      return old ? finding(this, old, step, ['lines', index, 'functionCode']) : undefined
    })
  },
}

export const C02: DocumentRule = {
  id: 'C02',
  title: '支出功能分类科目属于表1的30个支出类别',
  severity: 'error',
  check(ctx) {
    const lines = ctx.derivation.data.lines.map((l, index) => ({ code: l.functionCode.slice(0, 3), index }))
    return perCode(lines, (cls, index, count) =>
      CATEGORY_CODES.has(cls) ? undefined : finding(this, `支出功能分类“${cls}”类不在预算收支总表的30个支出类别中，金额无法列入表1和表4${where(count)}`, 'basic', ['lines', index, 'functionCode']),
    )
  },
}

export const C03: DocumentRule = {
  id: 'C03',
  title: '部门预算支出经济分类科目在本年科目表中',
  severity: 'warning',
  check(ctx) {
    const lines = ctx.derivation.data.lines.map((l, index) => ({ code: l.economicCode, index }))
    return perCode(lines, (code, index, count) =>
      lookupEconomicDepartment(ctx.catalog, code) ? undefined : finding(this, `部门预算支出经济分类科目“${code}”不在${ctx.catalog.year}年科目表中，请核对${where(count)}`, 'basic', ['lines', index, 'economicCode']),
    )
  },
}

export const C04: DocumentRule = {
  id: 'C04',
  title: '基本支出的政府预算支出经济分类科目已确定且在科目表中',
  severity: 'error',
  check(ctx) {
    const out: Finding[] = []
    const seen = new Set<string>()
    for (const l of ctx.derivation.lines) {
      if (l.line.kind !== 'basic') continue
      const gov = governmentCodeOf(l, ctx.derivation)
      const key = `${l.line.economicCode}|${gov ?? ''}|${l.unit.id}`
      if (seen.has(key)) continue
      seen.add(key)
      if (gov === undefined) out.push(finding(this, `单位“${l.unit.name}”的经济科目“${l.line.economicCode}”没有默认的政府预算支出经济分类，请在预算行中选择`, 'basic', ['lines', l.index, 'governmentEconomicCode']))
      else if (!lookupEconomicGovernment(ctx.catalog, gov)) out.push({ ...finding(this, `政府预算支出经济分类科目“${gov}”不在${ctx.catalog.year}年科目表中，请核对`, 'basic', ['lines', l.index, 'governmentEconomicCode']), severity: 'warning' })
    }
    return out
  },
}

export const C05: DocumentRule = {
  id: 'C05',
  title: '收入分类科目在本年科目表中',
  severity: 'warning',
  check(ctx) {
    const data = ctx.derivation.data
    const entries = [
      ...data.fundIncome.map((e, i) => ({ e, path: ['fundIncome', i, 'incomeCode'] as (string | number)[] })),
      ...data.stateCapitalIncome.map((e, i) => ({ e, path: ['stateCapitalIncome', i, 'incomeCode'] as (string | number)[] })),
    ]
    return entries.flatMap(({ e, path }) =>
      lookupIncome(ctx.catalog, e.incomeCode) || e.name ? [] : [finding(this, `收入分类科目“${e.incomeCode}”不在科目表中，请核对编码或填写科目名称`, 'income', path)],
    )
  },
}
