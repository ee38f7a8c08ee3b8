// 表12 (projects by unit) and the 项目支出绩效目标表 of 十. 表12 prints the department row, then per
// unit a unit row followed by its projects; unit rows are recognised by their amount being the sum
// of the rows under them (or, failing that, by a known unit name). The forms give 实施单位, 项目属性,
// 项目期, the texts and the indicators — last year's, offered as suggestions.
import type { ProjectAttribute } from '../model/enums'
import { LEVEL2_LABELS, type Indicator, type Level1, type Level2 } from '../model/performance'
import type { WanCents } from '../tables/table-model'
import type { Located } from './locate'
import { wrappedFormTexts } from './form-texts'
import { tableWhere, type Contradiction, type Where } from './read-figures'
import { printedRows, type PrintedRow } from './table-rows'
import { cells, describeLine, formatWan, normalizeName, type SourceLine } from './text-lines'

export interface PrintedProject {
  name: string
  unitName: string
  /** Last year's amount (表12 合计), for the report only. */
  amount: WanCents
  where: Where
}

export interface PrintedForm {
  name: string
  unitName?: string
  attribute?: ProjectAttribute
  durationYears?: number
  texts: Partial<Record<'overview' | 'basis' | 'necessity' | 'measures' | 'plan' | 'implementationGoal' | 'annualGoal', string>>
  annualIndicators: Indicator[]
  implementationIndicators: Indicator[]
  where: Where
}

export interface ProjectReading {
  unitRows: { name: string; amount: WanCents; where: Where }[]
  projects: PrintedProject[]
  forms: PrintedForm[]
  contradictions: Contradiction[]
}

const total = (r: PrintedRow) => r.amounts[0] ?? 0

/** Splits the rows after the department row into unit groups by their sums; undefined when they do not add up. */
function groupBySums(rows: readonly PrintedRow[]): { unit: PrintedRow; projects: PrintedRow[] }[] | undefined {
  const groups: { unit: PrintedRow; projects: PrintedRow[] }[] = []
  let i = 0
  while (i < rows.length) {
    const unit = rows[i] as PrintedRow
    let sum = 0
    let j = i + 1
    while (j < rows.length && sum < total(unit)) sum += total(rows[j++] as PrintedRow)
    if (sum !== total(unit) || j === i + 1) return undefined
    groups.push({ unit, projects: rows.slice(i + 1, j) })
    i = j
  }
  return groups
}

function groupByNames(rows: readonly PrintedRow[], knownUnits: ReadonlySet<string>): { unit: PrintedRow; projects: PrintedRow[] }[] {
  const groups: { unit: PrintedRow; projects: PrintedRow[] }[] = []
  for (const r of rows) {
    if (knownUnits.has(r.label.replace(/[（(]本级[）)]$/, '')) || groups.length === 0) groups.push({ unit: r, projects: [] })
    else groups[groups.length - 1]?.projects.push(r)
  }
  return groups
}

function readTable12(located: Located, year: number, knownUnits: ReadonlySet<string>, out: ProjectReading): void {
  const region = located.tables.T12
  if (!region) return
  const rows = printedRows(region, year)
  if (rows.length < 2) return
  const [department, ...rest] = rows as [PrintedRow, ...PrintedRow[]]
  let groups = groupBySums(rest)
  if (!groups) {
    groups = groupByNames(rest, knownUnits)
    for (const g of groups) {
      const sum = g.projects.reduce((a, r) => a + total(r), 0)
      if (sum !== total(g.unit)) {
        out.contradictions.push({ message: `表12 单位“${g.unit.label}”印为${formatWan(total(g.unit))}万元，其下项目之和为${formatWan(sum)}万元；项目已按印出的名称列入，请核对`, where: [tableWhere('T12', g.unit.line, g.unit.label)] })
      }
    }
  }
  const unitSum = groups.reduce((a, g) => a + total(g.unit), 0)
  if (unitSum !== total(department)) {
    out.contradictions.push({ message: `表12 部门合计印为${formatWan(total(department))}万元，各单位之和为${formatWan(unitSum)}万元，请核对`, where: [tableWhere('T12', department.line, department.label)] })
  }
  for (const g of groups) {
    const unitName = g.unit.label.replace(/[（(]本级[）)]$/, '')
    out.unitRows.push({ name: unitName, amount: total(g.unit), where: tableWhere('T12', g.unit.line, g.unit.label) })
    for (const p of g.projects) out.projects.push({ name: p.label, unitName, amount: total(p), where: tableWhere('T12', p.line, p.label) })
  }
}

const LEVEL2_BY_TEXT: [RegExp, Level1, Level2][] = (
  [
    ['output', 'quantity'],
    ['output', 'quality'],
    ['output', 'timeliness'],
    ['output', 'cost'],
    ['benefit', 'economic'],
    ['benefit', 'social'],
    ['benefit', 'ecological'],
    ['benefit', 'sustainable'],
    ['satisfaction', 'beneficiary-satisfaction'],
  ] as [Level1, Level2][]
).map(([l1, l2]) => [new RegExp(`^${LEVEL2_LABELS[l2].replace(/指标$/, '')}(?:指标)?$`), l1, l2])

function level2Of(cell: string): [Level1, Level2] | undefined {
  const hit = LEVEL2_BY_TEXT.find(([re]) => re.test(normalizeName(cell)))
  return hit ? [hit[1], hit[2]] : undefined
}

/** `≥95%` → comparator ≥, value 95, unit %; `及时` → value 及时. */
export function indicatorValue(printed: string): Indicator['value'] {
  const t = printed.trim()
  const m = /^(≥|≤|>|<|=|＞|＜|＝)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$/.exec(t)
  if (!m) return { comparator: '', value: t, unit: '' }
  const map: Record<string, Indicator['value']['comparator']> = { '≥': '≥', '≤': '≤', '>': '>', '<': '<', '=': '=', '＞': '>', '＜': '<', '＝': '=' }
  return { comparator: map[m[1] ?? ''] ?? '', value: (m[2] as string).replace(/,/g, ''), unit: (m[3] ?? '').trim() }
}

function indicatorRow(line: string): { implementation?: Indicator; annual?: Indicator } {
  const parts = cells(line).filter((c) => c !== '')
  const at = parts.map((c, i) => (level2Of(c) ? i : -1)).filter((i) => i >= 0)
  const make = (i: number | undefined): Indicator | undefined => {
    if (i === undefined) return undefined
    const lv = level2Of(parts[i] as string)
    const name = parts[i + 1]
    if (!lv || !name || level2Of(name) || /^指标\s*\d+\s*[:：]?$/.test(name)) return undefined
    return { level1: lv[0], level2: lv[1], name, value: indicatorValue(parts[i + 2] ?? '') }
  }
  return { implementation: at.length > 1 ? make(at[0]) : undefined, annual: make(at[at.length - 1]) }
}

const TEXT_LABELS: [RegExp, keyof PrintedForm['texts']][] = [
  [/^项目概况$/, 'overview'],
  [/^立项依据$/, 'basis'],
  [/^项目设立(?:的)?必要性$/, 'necessity'],
  [/^(?:保证|保障)项目实施的制度、措施$/, 'measures'],
  [/^项目实施计划$/, 'plan'],
]

const ATTRIBUTES: [RegExp, ProjectAttribute][] = [
  [/^一次性/, 'one-off'],
  [/^经常性/, 'recurring'],
  [/^延续性/, 'phased'],
]

function readForm(block: readonly SourceLine[]): PrintedForm | undefined {
  const title = block[0] as SourceLine
  const form: PrintedForm = { name: '', texts: {}, annualIndicators: [], implementationIndicators: [], where: { ...(title.page !== undefined ? { page: title.page } : {}), line: title.index + 1, source: '项目支出绩效目标表', text: `${describeLine(title)} 项目支出绩效目标表` } }
  for (const l of block) {
    const parts = cells(l.text).filter((c) => c !== '')
    const head = normalizeName(parts[0] ?? '')
    const rest = parts.slice(1)
    if (head === '项目名称' && !form.name) form.name = normalizeName(rest.join(''))
    const unitAt = parts.findIndex((c) => normalizeName(c) === '实施单位')
    if (unitAt >= 0 && parts[unitAt + 1]) form.unitName = normalizeName(parts[unitAt + 1] as string)
    if (head === '项目属性') {
      form.attribute = ATTRIBUTES.find(([re]) => re.test(normalizeName(rest[0] ?? '')))?.[1]
      const years = /(\d+)年/.exec(normalizeName(rest.slice(1).join('')))
      if (years) form.durationYears = Number(years[1])
    }
    const text = TEXT_LABELS.find(([re]) => re.test(head))
    if (text && rest.length > 0) form.texts[text[1]] = rest.join('')
    if (head === '总体目标' && rest.length > 0) {
      form.texts.implementationGoal = rest[0] as string
      form.texts.annualGoal = rest[rest.length - 1] as string
    }
    const ind = indicatorRow(l.text)
    if (ind.annual) form.annualIndicators.push(ind.annual)
    if (ind.implementation) form.implementationIndicators.push(ind.implementation)
  }
  // PDF: labels wrapped and centred on their text (see form-texts.ts).
  if (title.page !== undefined) {
    const from = block.map((l) => normalizeName(cells(l.text).find((c) => c.trim() !== '') ?? '')).lastIndexOf('其他资金')
    const to = block.findIndex((l, i) => i > from && /^(?:实施期目标|总体目标)/.test(normalizeName(l.text)))
    const texts = from >= 0 && to > from ? wrappedFormTexts(block.slice(from + 1, to)) : undefined
    if (texts) form.texts = { ...form.texts, ...texts }
  }
  return form.name ? form : undefined
}

const isFormTitle = (text: string) => /项目(?:支出)?绩效目标(?:申报)?表(?:（\d{4}年度）)?$/.test(normalizeName(text))
const isOtherFormTitle = (text: string) => /整体支出绩效目标(?:申报)?表$/.test(normalizeName(text))

export function readProjects(located: Located, year: number, knownUnits: ReadonlySet<string>): ProjectReading {
  const out: ProjectReading = { unitRows: [], projects: [], forms: [], contradictions: [] }
  readTable12(located, year, knownUnits, out)
  const lines = located.partThree
  const starts = lines.map((l, i) => (isFormTitle(l.text) ? i : -1)).filter((i) => i >= 0)
  starts.forEach((s, k) => {
    let end = starts[k + 1] ?? lines.length
    const other = lines.slice(s + 1, end).findIndex((l) => isOtherFormTitle(l.text))
    if (other >= 0) end = s + 1 + other
    const form = readForm(lines.slice(s, end))
    if (form) out.forms.push(form)
  })
  return out
}
