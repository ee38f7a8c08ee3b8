// Codes against the year's catalog (domain-core issue §4; issue 17: no code is printed without its
// name). A code the catalog lacks is fine once the document names it (code picker, a 科目名称
// column, an imported 科目表): the officer is told once, as information. A printed code with no
// name anywhere is an error that blocks export, naming the code — tables print 类/款 parents too.
import { functionalEditionWarning, lookupEconomicDepartment, lookupEconomicGovernment, lookupFunctional, lookupIncome } from '../../catalogs/catalog'
import { parentCodes } from '../../catalogs/codes'
import { isOwnName } from '../../catalogs/own-catalog'
import type { Catalog, CatalogEntry } from '../../catalogs/types'
import { governmentCodeOf } from '../../calc/government-code'
import type { ClassificationNames } from '../../calc/names'
import type { BudgetLine } from '../../model/budget'
import type { Unit } from '../../model/organization'
import { EXPENDITURE_CATEGORIES } from '../../tables/layouts'
import type { Finding } from '../finding'
import { finding, lineCodes, type DocumentRule, type DocumentRuleContext } from './context'

const CATEGORY_CODES = new Set(EXPENDITURE_CATEGORIES.map((c) => c.code))
const LEVEL_WORD: Readonly<Record<number, string>> = { 3: '类', 5: '款', 7: '项' }

type Line = DocumentRuleContext['derivation']['data']['lines'][number]

/**
 * One finding per distinct code, pointing at its first line: `code` picks a line's code (undefined
 * leaves the line out). One pass, nothing allocated per line: this runs after every edit that adds,
 * removes or recodes a line of a large department.
 */
function perCode(lines: readonly Line[], code: (l: Line) => string | undefined, make: (code: string, index: number, count: number) => Finding | Finding[] | undefined): Finding[] {
  const first = new Map<string, { index: number; count: number }>()
  for (let index = 0; index < lines.length; index++) {
    const c = code(lines[index] as Line)
    if (c === undefined) continue
    const f = first.get(c)
    if (f) f.count++
    else first.set(c, { index, count: 1 })
  }
  const out: Finding[] = []
  for (const [c, { index, count }] of first) {
    const made = make(c, index, count)
    if (Array.isArray(made)) out.push(...made)
    else if (made) out.push(made)
  }
  return out
}

const where = (count: number) => (count > 1 ? `（共${count}条预算行）` : '')

/** The words every "code without a name" error carries; export refuses while any is open. */
export const UNNAMED_CODE_MARK = '导出的公开表会印出无名称的编码'

/** Findings that name a printed code with no name: they block Excel/PDF export everywhere. */
export function unnamedCodeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && f.message.includes(UNNAMED_CODE_MARK))
}

const HOW_TO_NAME = '请在科目选择框中为它填写名称，或通过“导入科目表”导入本年科目表'

/**
 * The printed codes of one line code (itself and, for a functional 项, its 类 and 款) checked for a
 * name: a missing name is an error naming that code; names the document supplied are one info.
 */
function nameFindings(
  rule: DocumentRule,
  what: string,
  codes: readonly string[],
  lookup: (code: string) => CatalogEntry | undefined,
  year: number,
  count: number,
  at: { step: Parameters<typeof finding>[2]; path: (string | number)[] },
): Finding[] {
  const leaf = codes[codes.length - 1] ?? ''
  const missing = codes.filter((c) => !lookup(c)?.name)
  if (missing.length > 0) {
    const names = missing.map((c) => `${LEVEL_WORD[c.length] ?? ''}“${c}”`).join('、')
    const part = missing.length === 1 && missing[0] === leaf ? `${what}“${leaf}”` : `${what}“${leaf}”的${names}`
    return [finding(rule, `${part}不在${year}年科目表中，也没有填写科目名称，${UNNAMED_CODE_MARK}。${HOW_TO_NAME}${where(count)}`, at.step, at.path)]
  }
  const own = codes.filter((c) => isOwnName(lookup(c)))
  if (own.length === 0) return []
  const list = own.map((c) => `“${c} ${lookup(c)?.name ?? ''}”`).join('、')
  return [{ ...finding(rule, `${what}${list}不在${year}年科目表中，名称由本文档填写，请与本年《政府收支分类科目》核对${where(count)}`, at.step, at.path), severity: 'info' }]
}

// Codes a rule had nothing to say about, per catalog and rule: while a line is edited, the codes of
// the other 4,000 lines are not looked up again (a catalog is never changed in place; the document's
// own names make another catalog object).
const cleanCodes = new WeakMap<Catalog, Map<string, Set<string>>>()

function cleanSet(catalog: Catalog, ruleId: string): Set<string> {
  let perRule = cleanCodes.get(catalog)
  if (!perRule) cleanCodes.set(catalog, (perRule = new Map()))
  let set = perRule.get(ruleId)
  if (!set) perRule.set(ruleId, (set = new Set()))
  return set
}

export const C01: DocumentRule = {
  id: 'C01',
  title: '支出功能分类科目在本年科目表中或已填写名称',
  severity: 'error',
  reads: (d) => [lineCodes(d.lines)],
  check(ctx) {
    const clean = cleanSet(ctx.catalog, this.id)
    return perCode(ctx.derivation.data.lines, (l) => l.functionCode, (code, index, count) => {
      if (clean.has(code)) return undefined
      const step = ctx.derivation.data.lines[index]?.kind === 'project' ? 'projects' : 'basic'
      const path = ['lines', index, 'functionCode']
      // A 类 outside the 30 categories is C02's; its name cannot be printed in 表1 anyway.
      const printed = CATEGORY_CODES.has(code.slice(0, 3)) ? [...parentCodes(code), code] : [code]
      const named = nameFindings(this, '支出功能分类科目', printed, (c) => lookupFunctional(ctx.catalog, c), ctx.catalog.year, count, { step, path })
      if (named.length > 0) return named
      const old = functionalEditionWarning(ctx.catalog, code)
      if (!old) clean.add(code)
      return old ? { ...finding(this, old, step, path), severity: 'warning' } : undefined
    })
  },
}

export const C02: DocumentRule = {
  id: 'C02',
  title: '支出功能分类科目属于表1的30个支出类别',
  severity: 'error',
  reads: (d) => [lineCodes(d.lines)],
  check(ctx) {
    return perCode(ctx.derivation.data.lines, (l) => l.functionCode.slice(0, 3), (cls, index, count) =>
      CATEGORY_CODES.has(cls) ? undefined : finding(this, `支出功能分类“${cls}”类不在预算收支总表的30个支出类别中，金额无法列入表1和表4${where(count)}`, 'basic', ['lines', index, 'functionCode']),
    )
  },
}

export const C03: DocumentRule = {
  id: 'C03',
  title: '部门预算支出经济分类科目在本年科目表中或已填写名称',
  severity: 'error',
  reads: (d) => [lineCodes(d.lines)],
  check(ctx) {
    const data = ctx.derivation.data
    // 表6 prints basic lines' 类 as a group row and their 款 by name: those need names.
    const named = new Set<string>()
    const clean = cleanSet(ctx.catalog, this.id)
    const printed = perCode(data.lines, (l) => (l.kind === 'basic' ? l.economicCode : undefined), (code, index, count) => {
      named.add(code)
      if (clean.has(code)) return []
      const found = nameFindings(this, '部门预算支出经济分类科目', [code.slice(0, 3), code], (c) => lookupEconomicDepartment(ctx.catalog, c), ctx.catalog.year, count, { step: 'basic', path: ['lines', index, 'economicCode'] })
      if (found.length === 0) clean.add(code)
      return found
    })
    // Project lines' economic codes are not printed; an unknown one is only worth checking.
    const unprinted = perCode(data.lines, (l) => (l.kind === 'project' && !named.has(l.economicCode) ? l.economicCode : undefined), (code, index, count) =>
      lookupEconomicDepartment(ctx.catalog, code) ? undefined : { ...finding(this, `部门预算支出经济分类科目“${code}”不在${ctx.catalog.year}年科目表中，请核对${where(count)}`, 'projects', ['lines', index, 'economicCode']), severity: 'warning' },
    )
    return [...printed, ...unprinted]
  },
}

// A basic line's government code and its (economic code, government code, unit) key, per line
// object, unit and names: an edit keeps every other line object, so only its own key is built again.
const governmentKeys = new WeakMap<BudgetLine, { names: ClassificationNames; unit: Unit; gov: string | undefined; key: string }>()

export const C04: DocumentRule = {
  id: 'C04',
  title: '基本支出的政府预算支出经济分类科目已确定且在科目表中',
  severity: 'error',
  reads: (d) => [lineCodes(d.lines), d.units],
  check(ctx) {
    const out: Finding[] = []
    const seen = new Set<string>()
    const names = ctx.derivation.names
    const clean = cleanSet(ctx.catalog, this.id)
    for (const l of ctx.derivation.lines) {
      if (l.line.kind !== 'basic') continue
      let known = governmentKeys.get(l.line)
      if (known?.names !== names || known.unit !== l.unit) {
        const gov = governmentCodeOf(l, ctx.derivation)
        governmentKeys.set(l.line, (known = { names, unit: l.unit, gov, key: `${l.line.economicCode}|${gov ?? ''}|${l.unit.id}` }))
      }
      const { gov, key } = known
      if (seen.has(key)) continue
      seen.add(key)
      if (gov === undefined) {
        out.push(finding(this, `单位“${l.unit.name}”的经济科目“${l.line.economicCode}”没有默认的政府预算支出经济分类，请在预算行中选择`, 'basic', ['lines', l.index, 'governmentEconomicCode']))
        continue
      }
      if (clean.has(gov)) continue
      const found = nameFindings(this, '政府预算支出经济分类科目', [gov], (c) => lookupEconomicGovernment(ctx.catalog, c), ctx.catalog.year, 1, { step: 'basic', path: ['lines', l.index, 'governmentEconomicCode'] })
      if (found.length === 0) clean.add(gov)
      out.push(...found)
    }
    return out
  },
}

export const C05: DocumentRule = {
  id: 'C05',
  title: '收入分类科目在本年科目表中或已填写名称',
  severity: 'error',
  reads: (d) => [d.fundIncome, d.stateCapitalIncome],
  check(ctx) {
    const data = ctx.derivation.data
    const entries = [
      ...data.fundIncome.map((e, i) => ({ e, path: ['fundIncome', i, 'incomeCode'] as (string | number)[] })),
      ...data.stateCapitalIncome.map((e, i) => ({ e, path: ['stateCapitalIncome', i, 'incomeCode'] as (string | number)[] })),
    ]
    return entries.flatMap(({ e, path }) =>
      lookupIncome(ctx.catalog, e.incomeCode) || e.name ? [] : [finding(this, `收入分类科目“${e.incomeCode}”不在${ctx.catalog.year}年科目表中，也没有填写科目名称，${UNNAMED_CODE_MARK}。请填写科目名称或导入本年科目表`, 'income', path)],
    )
  },
}
