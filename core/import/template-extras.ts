// The key/value sheets of the template (部门, 三公及上年数) and 基金及国资收入.
import type { Catalog } from '../catalogs/types'
import type { Comparisons } from '../model/disclosure-inputs'
import type { GovernmentLevel } from '../model/enums'
import { Id } from '../model/primitives'
import type { CodeChangeTable } from '../rollover/code-changes'
import type { UnknownCodeUse } from './line-rows'
import { parseAmount, parseGovernmentLevel, parseWholeNumber } from './parse-values'
import { resolveCode } from './resolve-code'
import { idError, normalizeHeader, problemAt, rowErrors, type CellRef, type ImportProblem } from './sheet'
import { eachRow, type LocatedSheet } from './template-sheets'
import { COMPARISON_ITEMS, DEPARTMENT_ITEMS, INCOME_KIND_LABELS, OFFICE_COMPARISON_LABELS, type ComparisonItemKey } from './template-layout'

export interface DepartmentDraft {
  displayName?: string
  plainName?: string
  code?: string
  level?: GovernmentLevel
  regionName?: string
  budgetYear?: number
  approvalDate?: string
  publicationDate?: string
}

/** `2026-01-20`, `2026/1/20`, `2026年1月20日` → ISO date; undefined when it is not a date. */
export function parseDateCell(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.trim())
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

type Item<K extends string> = { key: K; label: string }

function itemOf<K extends string>(items: readonly Item<K>[], text: string): Item<K> | undefined {
  const t = normalizeHeader(text)
  return items.find((i) => normalizeHeader(i.label) === t) ?? items.find((i) => normalizeHeader(i.label.replace(/（[^）]*）$/, '')) === t)
}

export function readDepartmentRows(located: LocatedSheet, problems: ImportProblem[]): DepartmentDraft {
  const out: DepartmentDraft = {}
  eachRow(located, (get, ref) => {
    const item = itemOf(DEPARTMENT_ITEMS, get('item'))
    const value = get('value')
    if (!item) {
      problems.push(problemAt(ref('item'), 'warning', `不认识的项目“${get('item')}”，已忽略`))
      return
    }
    if (value === '') return
    const error = (message: string) => problems.push(problemAt(ref('value'), 'error', message))
    switch (item.key) {
      case 'code':
        if (/^\d{3}$/.test(value)) out.code = value
        else error(`主管部门代码应为3位数字，不是“${value}”`)
        break
      case 'level': {
        const level = parseGovernmentLevel(value)
        if (level) out.level = level
        else error(`级次应为县级或市级，不是“${value}”`)
        break
      }
      case 'budgetYear': {
        const year = parseWholeNumber(value)
        if (year !== undefined && year >= 2000 && year <= 2100) out.budgetYear = year
        else error(`预算年度应为四位年份，不是“${value}”`)
        break
      }
      case 'approvalDate':
      case 'publicationDate': {
        const date = parseDateCell(value)
        if (date) out[item.key] = date
        else error(`${item.label}应为日期，如“2026-01-20”，不是“${value}”`)
        break
      }
      default:
        if (value.length > 500) error('文字过长（不超过500字）')
        else out[item.key] = value
    }
  })
  return out
}

export type ComparisonDraft = Partial<Record<ComparisonItemKey, { prior?: string; reason?: string; ref: CellRef }>> & {
  officeOperationComparison?: 'prior-year' | 'none'
}

const OFFICE_COMPARISONS = new Map<string, 'prior-year' | 'none'>([
  ...Object.entries(OFFICE_COMPARISON_LABELS).map(([k, v]) => [normalizeHeader(v), k as 'prior-year' | 'none'] as const),
  [normalizeHeader('是'), 'prior-year'],
  [normalizeHeader('否'), 'none'],
  [normalizeHeader('不作比较'), 'none'],
])

export function readComparisonRows(located: LocatedSheet, problems: ImportProblem[]): ComparisonDraft {
  const out: ComparisonDraft = {}
  eachRow(located, (get, ref) => {
    const item = itemOf(COMPARISON_ITEMS, get('item'))
    if (!item) {
      problems.push(problemAt(ref('item'), 'error', `不认识的项目“${get('item')}”（应为${COMPARISON_ITEMS.map((i) => i.label).join('、')}之一）`))
      return
    }
    const entry: { prior?: string; reason?: string; ref: CellRef } = { ref: ref('item') }
    const priorText = get('prior')
    if (priorText !== '') {
      if (item.key === 'threePublicTotal') problems.push(problemAt(ref('prior'), 'warning', '“三公”经费合计的上年数由各项相加，此处填写的数已忽略'))
      else {
        const a = parseAmount(priorText, located.amountUnit)
        if (a.ok) entry.prior = a.value
        else problems.push(problemAt(ref('prior'), 'error', a.message))
      }
    }
    const reason = get('reason')
    if (reason.length > 20_000) problems.push(problemAt(ref('reason'), 'error', '变动原因过长（不超过20000字）'))
    else if (reason !== '') entry.reason = reason
    const compare = get('compare')
    if (compare !== '') {
      const value = OFFICE_COMPARISONS.get(normalizeHeader(compare))
      if (item.key !== 'officeOperation') problems.push(problemAt(ref('compare'), 'warning', '“是否与上年比较”只对机关运行经费一行有效，此处填写的内容已忽略'))
      else if (!value) problems.push(problemAt(ref('compare'), 'error', `“是否与上年比较”应为与上年比较或本年不作比较，不是“${compare}”`))
      else out.officeOperationComparison = value
    }
    out[item.key] = entry
  })
  return out
}

/** Base comparisons with the sheet's filled cells on top; a blank cell keeps the base value. */
export function applyComparisons(base: Comparisons, draft: ComparisonDraft): Comparisons {
  const merge = (c: { prior?: string; reason?: string }, d: { prior?: string; reason?: string } | undefined) => ({
    ...c,
    ...(d?.prior !== undefined ? { prior: d.prior } : {}),
    ...(d?.reason !== undefined ? { reason: d.reason } : {}),
  })
  const tp = base.threePublic
  return {
    ...base,
    incomeTotal: merge(base.incomeTotal, draft.incomeTotal),
    expenditureTotal: merge(base.expenditureTotal, draft.expenditureTotal),
    generalBudgetCurrent: merge(base.generalBudgetCurrent, draft.generalBudgetCurrent),
    ...(draft.threePublicTotal?.reason !== undefined ? { threePublicTotalReason: draft.threePublicTotal.reason } : {}),
    threePublic: {
      abroad: merge(tp.abroad, draft.abroad),
      reception: merge(tp.reception, draft.reception),
      vehiclePurchase: merge(tp.vehiclePurchase, draft.vehiclePurchase),
      vehicleOperation: merge(tp.vehicleOperation, draft.vehicleOperation),
    },
    officeOperation: merge(base.officeOperation, draft.officeOperation),
    ...(draft.officeOperationComparison !== undefined ? { officeOperationComparison: draft.officeOperationComparison } : {}),
  }
}

export interface IncomeDraft {
  ref: CellRef
  id?: string
  kind: 'fund' | 'state-capital'
  incomeCode: string
  name?: string
  amount: string
}

const INCOME_KINDS = new Map<string, 'fund' | 'state-capital'>([
  ...Object.entries(INCOME_KIND_LABELS).map(([k, v]) => [normalizeHeader(v), k as 'fund' | 'state-capital'] as const),
  [normalizeHeader('政府性基金预算'), 'fund'],
  [normalizeHeader('国有资本经营预算'), 'state-capital'],
])

export function readIncomeRows(located: LocatedSheet, catalog: Catalog, changes: CodeChangeTable | undefined, problems: ImportProblem[], unknown: UnknownCodeUse[]): IncomeDraft[] {
  const out: IncomeDraft[] = []
  eachRow(located, (get, ref, row) => {
    const { error, failed } = rowErrors(problems, ref)
    const id = get('id')
    if (id !== '' && !Id.safeParse(id).success) error('id', idError(id))
    const kind = INCOME_KINDS.get(normalizeHeader(get('kind')))
    if (!kind) error('kind', get('kind') === '' ? '请填写收入类型' : `收入类型应为政府性基金或国有资本经营，不是“${get('kind')}”`)
    let incomeCode: string | undefined
    if (get('incomeCode') === '') error('incomeCode', '请填写收入科目')
    else {
      const r = resolveCode('income', get('incomeCode'), catalog, changes)
      if (!r.ok) error('incomeCode', r.message)
      else {
        incomeCode = r.code
        if (r.warning) problems.push(problemAt(ref('incomeCode'), 'warning', r.warning))
        if (r.unknown) unknown.push({ kind: 'income', code: r.code, sheet: located.sheet.name, row })
      }
    }
    const a = get('amount') === '' ? undefined : parseAmount(get('amount'), located.amountUnit)
    if (!a) error('amount', '请填写金额')
    else if (!a.ok) error('amount', a.message)
    if (failed() || !kind || !incomeCode || !a?.ok) return
    out.push({ ref: { sheet: located.sheet.name, row }, ...(id !== '' ? { id } : {}), kind, incomeCode, ...(get('name') !== '' ? { name: get('name') } : {}), amount: a.value })
  })
  return out
}
