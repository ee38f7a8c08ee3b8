// The figures a new year compares with, as last year's disclosure printed them: 表1 收入/支出总计
// and income by source, 表3 基本/项目支出, 表5 一般公共预算当年支出, 表10 三公 by item, 表11 机关运行经费.
// A figure missing from its table is taken from the 第三部分 sentence that states it; when both
// are printed and differ, the table's figure is taken and the contradiction reported.
import type { TableId, WanCents } from '../tables/table-model'
import type { ComparedFigureId } from '../narrative/year-on-year'
import type { Located } from './locate'
import { rowTotal, printedRows, type PrintedRow } from './table-rows'
import { cells, describeLine, formatWan, isAmount, normalizeName, parseWan, WAN_IN_SENTENCE, type SourceLine } from './text-lines'

/** Every figure the new year compares (year-on-year), plus what a reader checks them against. */
export type PublishedFigureId =
  | ComparedFigureId
  | 'vehicleTotal'
  | 'basicTotal'
  | 'projectTotal'
  | 'incomeGeneral'
  | 'incomeFund'
  | 'incomeStateCapital'
  | 'incomeSpecialAccount'
  | 'incomeUnit'

export const FIGURE_LABELS: Record<PublishedFigureId, string> = {
  incomeTotal: '预算收入总计',
  expenditureTotal: '预算支出总计',
  generalBudgetCurrent: '一般公共预算当年支出',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
  vehicleTotal: '公务用车购置及运行费',
  threePublicTotal: '“三公”经费合计',
  officeOperation: '机关运行经费',
  basicTotal: '基本支出合计',
  projectTotal: '项目支出合计',
  incomeGeneral: '一般公共预算收入',
  incomeFund: '政府性基金预算收入',
  incomeStateCapital: '国有资本经营预算收入',
  incomeSpecialAccount: '财政专户管理资金收入',
  incomeUnit: '单位资金收入',
}

export interface Where {
  page?: number
  line: number
  table?: TableId
  /** The row label or the sentence the figure was read from. */
  source: string
  /** In Chinese: `第5页 表1“收入总计”行`. */
  text: string
}

export interface FoundFigure {
  id: PublishedFigureId
  label: string
  /** 0.01万元 as printed. */
  value: WanCents
  printed: string
  where: Where
}

export interface Contradiction {
  message: string
  where: Where[]
}

const TABLE_NO: Record<TableId, number> = { T1: 1, T2: 2, T3: 3, T4: 4, T5: 5, T6: 6, T7: 7, T8: 8, T9: 9, T10: 10, T11: 11, T12: 12, T13: 13 }

export function tableWhere(table: TableId, line: SourceLine, label: string): Where {
  return { ...(line.page !== undefined ? { page: line.page } : {}), line: line.index + 1, table, source: label, text: `${describeLine(line)} 表${TABLE_NO[table]}“${label}”行` }
}

function sentenceWhere(line: SourceLine, sentence: string): Where {
  const short = sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence
  return { ...(line.page !== undefined ? { page: line.page } : {}), line: line.index + 1, source: sentence, text: `${describeLine(line)} 第三部分“${short}”` }
}

/** Splits `2045.61一、一般公共服务支出`: a right-aligned amount glued to the next cell (PDF). */
function summaryTokens(text: string): string[] {
  return cells(text).flatMap((c) => {
    const m = /^(\d[\d,]*(?:\.\d+)?)([^\d.,].*)$/.exec(c)
    return m ? [m[1] as string, m[2] as string] : [c]
  })
}

function readSummaryTable(located: Located, found: FoundFigure[]): void {
  const t1 = located.tables.T1
  if (!t1) return
  const wanted: [PublishedFigureId, RegExp][] = [
    ['incomeTotal', /^收入总计$/],
    ['expenditureTotal', /^支出总计$/],
    ['incomeGeneral', /^一、一般公共预算(?:拨款)?(?:收入)?$/],
    ['incomeFund', /^二、政府性基金预算(?:拨款)?(?:收入)?$/],
    ['incomeStateCapital', /^三、国有资本经营预算(?:拨款)?(?:收入)?$/],
    ['incomeSpecialAccount', /^四、财政专户管理资金(?:收入)?$/],
    ['incomeUnit', /^五、单位资金(?:收入)?$/],
  ]
  for (const line of t1.body) {
    const tokens = summaryTokens(line.text)
    tokens.forEach((tok, i) => {
      const label = normalizeName(tok)
      const hit = wanted.find(([id, re]) => re.test(label) && !found.some((f) => f.id === id))
      if (!hit) return
      const next = tokens[i + 1] ?? ''
      const printed = isAmount(next) ? next : ''
      found.push({ id: hit[0], label: FIGURE_LABELS[hit[0]], value: parseWan(printed) ?? 0, printed, where: tableWhere('T1', line, label) })
    })
  }
}

function take(found: FoundFigure[], id: PublishedFigureId, table: TableId, hit: { row: PrintedRow; total: WanCents } | undefined, amount = hit?.total): void {
  if (!hit || amount === undefined) return
  found.push({ id, label: FIGURE_LABELS[id], value: amount, printed: formatWan(amount), where: tableWhere(table, hit.row.line, hit.row.label) })
}

function readTables(located: Located, year: number, found: FoundFigure[]): void {
  const rowsOf = (id: TableId) => {
    const r = located.tables[id]
    return r ? printedRows(r, year) : []
  }
  const t3 = rowsOf('T3')
  const t3Total = rowTotal(t3, (l) => l === '合计')
  if (t3Total && t3Total.row.amounts.length === 3) {
    take(found, 'basicTotal', 'T3', t3Total, t3Total.row.amounts[1])
    take(found, 'projectTotal', 'T3', t3Total, t3Total.row.amounts[2])
  }
  take(found, 'generalBudgetCurrent', 'T5', rowTotal(rowsOf('T5'), (l) => l === '合计'))
  const t10 = rowsOf('T10')
  const item = (l: string) => l.replace(/^[①②③④⑤]/, '')
  take(found, 'abroad', 'T10', rowTotal(t10, (l) => /^因公出国[（(]境[）)]费(?:用)?$/.test(item(l))))
  take(found, 'reception', 'T10', rowTotal(t10, (l) => item(l) === '公务接待费'))
  take(found, 'vehicleTotal', 'T10', rowTotal(t10, (l) => /^公务用车购置及运行(?:维护)?费$/.test(item(l))))
  take(found, 'vehiclePurchase', 'T10', rowTotal(t10, (l) => item(l) === '公务用车购置费'))
  take(found, 'vehicleOperation', 'T10', rowTotal(t10, (l) => item(l) === '公务用车运行维护费' || item(l) === '公务用车运行费'))
  take(found, 'threePublicTotal', 'T10', rowTotal(t10, (l) => l === '合计'))
  take(found, 'officeOperation', 'T11', rowTotal(rowsOf('T11'), (l) => l === '部门合计' || l === '合计'))
}

/** 第三部分 as one string (wrapped lines joined), with the line each character came from. */
export function joinPart(lines: readonly SourceLine[]): { text: string; lineAt: (offset: number) => SourceLine | undefined } {
  let text = ''
  const starts: { at: number; line: SourceLine }[] = []
  for (const l of lines) {
    starts.push({ at: text.length, line: l })
    text += l.text.replace(/\t/g, '') + (l.page === undefined ? '\n' : '')
  }
  const lineAt = (offset: number) => {
    let hit: SourceLine | undefined
    for (const s of starts) if (s.at <= offset) hit = s.line
    return hit
  }
  return { text, lineAt }
}

const SENTENCES: [PublishedFigureId, RegExp][] = [
  ['incomeTotal', new RegExp(`预算收入总计${WAN_IN_SENTENCE}`)],
  ['expenditureTotal', new RegExp(`(?:部门预算)?支出总计${WAN_IN_SENTENCE}`)],
  ['generalBudgetCurrent', new RegExp(`一般公共预算当年支出${WAN_IN_SENTENCE}`)],
  ['threePublicTotal', new RegExp(`“三公”经费(?:预算)?(?:财政拨款)?(?:预算)?${WAN_IN_SENTENCE}`)],
  ['abroad', new RegExp(`因公出国[（(]境[）)]费(?:用)?${WAN_IN_SENTENCE}`)],
  ['reception', new RegExp(`公务接待费${WAN_IN_SENTENCE}`)],
  ['vehiclePurchase', new RegExp(`公务用车购置费${WAN_IN_SENTENCE}`)],
  ['vehicleOperation', new RegExp(`公务用车运行维护费${WAN_IN_SENTENCE}`)],
  ['officeOperation', new RegExp(`机关运行经费(?:财政拨款)?(?:预算)?${WAN_IN_SENTENCE}`)],
]

function readSentences(located: Located): FoundFigure[] {
  const { text, lineAt } = joinPart(located.partThree)
  const out: FoundFigure[] = []
  for (const [id, re] of SENTENCES) {
    const m = re.exec(text)
    if (!m) continue
    const value = parseWan(m[1] as string)
    if (value === undefined) continue
    const start = Math.max(0, text.lastIndexOf('\n', m.index) + 1)
    const sentence = (/[^。；\n]*$/.exec(text.slice(start, m.index))?.[0] ?? '') + m[0]
    const line = lineAt(m.index) ?? located.partThree[0]
    if (!line) continue
    out.push({ id, label: FIGURE_LABELS[id], value, printed: m[1] as string, where: sentenceWhere(line, sentence) })
  }
  return out
}

export interface FigureReading {
  figures: FoundFigure[]
  /** Sentence figures (kept for the cross-check and as a fallback). */
  stated: FoundFigure[]
  contradictions: Contradiction[]
}

export function readFigures(located: Located, year: number): FigureReading {
  const figures: FoundFigure[] = []
  readSummaryTable(located, figures)
  readTables(located, year, figures)
  const stated = readSentences(located)
  const contradictions: Contradiction[] = []
  for (const s of stated) {
    const t = figures.find((f) => f.id === s.id)
    if (!t) figures.push(s)
    else if (t.value !== s.value) {
      contradictions.push({
        message: `${s.label}：表中为${formatWan(t.value)}万元，第三部分写作${formatWan(s.value)}万元；已按表中数填入，请核对`,
        where: [t.where, s.where],
      })
    }
  }
  contradictions.push(...internalChecks(figures))
  return { figures, stated, contradictions }
}

function internalChecks(figures: readonly FoundFigure[]): Contradiction[] {
  const get = (id: PublishedFigureId) => figures.find((f) => f.id === id && f.where.table !== undefined)
  const out: Contradiction[] = []
  const sumCheck = (totalId: PublishedFigureId, parts: PublishedFigureId[], label: string) => {
    const total = get(totalId)
    const items = parts.map(get)
    if (!total || items.some((x) => !x)) return
    const sum = items.reduce((a, x) => a + (x as FoundFigure).value, 0)
    if (sum !== total.value) {
      out.push({ message: `${label}：合计印为${formatWan(total.value)}万元，各项之和为${formatWan(sum)}万元；已按印出的各项填入，请核对`, where: [total.where, ...items.map((x) => (x as FoundFigure).where)] })
    }
  }
  sumCheck('vehicleTotal', ['vehiclePurchase', 'vehicleOperation'], '表10 公务用车购置及运行费')
  sumCheck('threePublicTotal', ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation'], '表10 “三公”经费')
  const income = get('incomeTotal')
  const spending = get('expenditureTotal')
  if (income && spending && income.value !== spending.value) {
    out.push({ message: `表1 收入总计${formatWan(income.value)}万元与支出总计${formatWan(spending.value)}万元不相等；两数均按印出的填入，请核对`, where: [income.where, spending.where] })
  }
  return out
}
