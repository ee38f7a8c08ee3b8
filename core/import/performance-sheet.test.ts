// The 绩效目标表 sheet on plain strings: a document's forms written and read back, and the problems of
// a bad block in Chinese at their rows.
import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../document/envelope'
import { catalogFor } from '../../tests/builders/catalog'
import { loadSample } from '../../tests/samples/sample-files'
import { previewImport } from './preview'
import { PERFORMANCE_COLUMNS, PERFORMANCE_SHEET_NAME, performanceSheet, type PerformanceColumnKey } from './performance-sheet'
import { importPerformanceSheet, locatePerformanceSheet, performanceSummaryText, readPerformanceSheet } from './performance-sheet-read'
import { annualAmountsOf, performanceExampleRows, performanceRowsOf } from './performance-sheet-rows'
import { formatProblem, type ImportProblem, type SheetData } from './sheet'
import { templateRowsOf, templateSheets } from './template-rows'

const doc = loadSample('004')
const col = (key: PerformanceColumnKey) => PERFORMANCE_COLUMNS.findIndex((c) => c.key === key)

function read(sheet: SheetData, d: BudgetDocument = doc) {
  const problems: ImportProblem[] = []
  const located = locatePerformanceSheet([sheet], problems)
  if (!located) return { drafts: [], problems }
  const r = readPerformanceSheet(located, d.data.projects, d.data.units, problems, { annualAmounts: annualAmountsOf(d.data.lines) })
  return { drafts: r.drafts, problems }
}

/** 1-based sheet row of the first data row whose cell in `key` equals `text`, after row `from`. */
function rowWhere(sheet: SheetData, key: PerformanceColumnKey, text: string, from = 1): number {
  const i = sheet.rows.findIndex((r, n) => n >= from && r[col(key)] === text)
  if (i < 0) throw new Error(`no row with ${key} = ${text}`)
  return i + 1
}

describe('绩效目标表 sheet', () => {
  it('reads sample 004’s forms back field by field', () => {
    const forms = doc.data.performance.projectForms
    expect(forms.length).toBeGreaterThan(0)
    const { drafts, problems } = read(performanceSheet(performanceRowsOf(doc)))
    expect(problems).toEqual([])
    expect(drafts.map((d) => d.form)).toEqual(forms)
    // Each block starts on the row that names its project.
    const sheet = performanceSheet(performanceRowsOf(doc))
    for (const d of drafts) expect(sheet.rows[d.ref.row - 1]?.[col('projectId')]).toBe(d.form.projectId)
  })

  it('shows the 年度资金 derived from the lines and only warns when it was changed', () => {
    const rows = performanceRowsOf(doc)
    const first = doc.data.performance.projectForms[0]
    if (!first) throw new Error('sample without forms')
    const derived = annualAmountsOf(doc.data.lines).get(first.projectId)
    expect(rows[0]?.[col('annualAmount')]).toBe(derived)
    const changed = rows.map((r, i) => (i === 0 ? r.map((c, k) => (k === col('annualAmount') ? '1.00' : c)) : r))
    const { drafts, problems } = read(performanceSheet(changed))
    expect(drafts.map((d) => d.form)).toEqual(doc.data.performance.projectForms)
    expect(problems.map(formatProblem)).toEqual([`[提示] “绩效目标表”表 第2行 M列（年度资金（元，仅供参考））：年度资金由项目的预算行计算，为${derived}元；表中的“1.00”仅供参考，没有导入`])
  })

  it('reports an unknown project, a missing indicator and a bad 一级指标 at their rows', () => {
    const sheet = performanceSheet(performanceRowsOf(doc))
    const second = doc.data.performance.projectForms[1]
    const third = doc.data.performance.projectForms[2]
    if (!second || !third) throw new Error('sample without forms')
    const secondHead = rowWhere(sheet, 'projectId', second.projectId)
    const thirdHead = rowWhere(sheet, 'projectId', third.projectId)
    const set = (row: number, key: PerformanceColumnKey, text: string) => ((sheet.rows[row - 1] as string[])[col(key)] = text)
    set(secondHead, 'projectId', '')
    set(secondHead, 'project', '没有登记的项目')
    const nameRow = rowWhere(sheet, 'item', '年度指标', thirdHead)
    set(nameRow, 'name', '')
    const levelRow = nameRow + 1
    set(levelRow, 'level1', '过程指标')
    const emptyRow = levelRow + 1
    for (const key of ['name', 'comparator', 'value', 'unit'] as const) set(emptyRow, key, '')
    const { drafts, problems } = read(sheet)
    expect(problems.map(formatProblem)).toEqual([
      `[错误] “绩效目标表”表 第${secondHead}行 C列（项目名称）：项目“没有登记的项目”不在“项目”表或文档的项目中，无法导入它的绩效目标`,
      `[错误] “绩效目标表”表 第${levelRow}行 E列（一级指标）：一级指标“过程指标”不在指标体系内（应为产出指标、效益指标或满意度指标）`,
      `[错误] “绩效目标表”表 第${emptyRow}行 G列（三级指标）：请填写三级指标名称和指标值`,
    ])
    expect(drafts.map((d) => d.form.projectId)).not.toContain(second.projectId)
    expect(drafts.map((d) => d.form.projectId)).not.toContain(third.projectId)
    expect(sheet.rows[emptyRow - 1]?.[col('item')]).toBe('年度指标')
    // A nameless indicator with a value is read as it is (the 2024 budget system printed such rows).
    const third2 = read(performanceSheet(performanceRowsOf(doc).map((r, i) => (i === nameRow - 2 ? r.map((c, k) => (k === col('name') ? '' : c)) : r))))
    expect(third2.problems).toEqual([])
    const nameless = third2.drafts.find((d) => d.form.projectId === third.projectId)?.form.annualIndicators[0]
    expect(nameless).toEqual({ ...third.annualIndicators[0], name: '' })
    expect(drafts).toHaveLength(doc.data.performance.projectForms.length - 2)
  })

  it('refuses a 二级指标 of another 一级指标, a second block of one project and a bad amount', () => {
    const rows = performanceRowsOf(doc)
    const first = doc.data.performance.projectForms[0]
    if (!first) throw new Error('sample without forms')
    const ind = rows.findIndex((r) => r[col('item')] === '年度指标' && r[col('level1')] === '产出指标')
    ;(rows[ind] as string[])[col('level2')] = '社会效益指标'
    const total = rows.findIndex((r) => r[col('item')] === '实施期资金总额')
    ;(rows[total] as string[])[col('content')] = '十万元'
    const again = performanceRowsOf(doc).slice(0, 3)
    const sheet = performanceSheet([...rows, ...again])
    const messages = read(sheet).problems.filter((p) => p.severity === 'error').map(formatProblem)
    expect(messages).toEqual([
      `[错误] “绩效目标表”表 第${total + 2}行 L列（内容）：实施期资金总额：金额“十万元”不是有效的数字`,
      `[错误] “绩效目标表”表 第${ind + 2}行 F列（二级指标）：二级指标“社会效益指标”不属于产出指标（产出指标的二级指标为数量指标、质量指标、时效指标、成本指标）`,
      `[错误] “绩效目标表”表 第${rows.length + 2}行 C列（项目名称）：项目“${doc.data.projects.find((p) => p.id === first.projectId)?.name}”的绩效目标已在第2行填写；每个项目只能有一块`,
    ])
  })

  it('splits a 指标值 typed with its sign and unit in one cell', () => {
    const rows = performanceRowsOf(doc)
    const i = rows.findIndex((r) => r[col('item')] === '年度指标' && r[col('comparator')] === '≥')
    const r = rows[i] as string[]
    const expected = { comparator: r[col('comparator')], value: r[col('value')], unit: r[col('unit')] }
    r[col('value')] = `不低于${r[col('value')]}${r[col('unit')]}`
    r[col('comparator')] = ''
    r[col('unit')] = ''
    const { drafts, problems } = read(performanceSheet(rows))
    expect(problems).toEqual([])
    expect(drafts.map((d) => d.form)).toEqual(doc.data.performance.projectForms)
    expect(expected.comparator).toBe('≥')
  })

  it('finds the columns by header text in any order, the project name repeated on every row', () => {
    const rows = performanceRowsOf(doc)
    let name = ''
    let unit = ''
    const repeated = rows.map((r) => {
      if (r[col('project')] !== '') [name, unit] = [r[col('project')] as string, r[col('unitName')] as string]
      return r.map((c, k) => (k === col('project') ? name : k === col('unitName') ? unit : k === col('projectId') ? '' : c))
    })
    const order = PERFORMANCE_COLUMNS.map((_c, i) => i).reverse()
    const sheet = performanceSheet(repeated)
    const reordered: SheetData = { name: sheet.name, rows: [['2026年项目支出绩效目标表'], ...sheet.rows.map((r) => order.map((i) => r[i] ?? ''))] }
    const { drafts, problems } = read(reordered)
    expect(problems).toEqual([])
    expect(drafts.map((d) => d.form)).toEqual(doc.data.performance.projectForms)
    expect(drafts[1]?.ref).toMatchObject({ column: 'K', columnName: '项目名称' })
    // Without 单位 and 项目编号, a name three units share cannot be placed.
    const shared = doc.data.projects.filter((p) => doc.data.projects.filter((q) => q.name === p.name).length > 1)
    expect(shared.length).toBeGreaterThan(1)
    const nameOnly = read(performanceSheet(rows.map((r) => r.map((c, k) => (k === col('unitName') || k === col('projectId') ? '' : c)))))
    const ambiguous = nameOnly.problems.filter((p) => p.severity === 'error')
    expect(ambiguous.length).toBeGreaterThan(0)
    expect(ambiguous[0]?.message).toMatch(/^有\d个项目都叫“.+”（.+、.+），请填写“单位”或“项目编号”列$/)
  })

  it('warns that a 涉密 project’s form is imported but never printed', () => {
    const first = doc.data.performance.projectForms[0]
    if (!first) throw new Error('sample without forms')
    const projects = doc.data.projects.map((p) => (p.id === first.projectId ? { ...p, classified: true } : p))
    const { drafts, problems } = read(performanceSheet(performanceRowsOf(doc)), { ...doc, data: { ...doc.data, projects } })
    expect(drafts).toHaveLength(doc.data.performance.projectForms.length)
    expect(problems.map(formatProblem)).toEqual([`[提示] “绩效目标表”表 第2行 C列（项目名称）：项目“${projects.find((p) => p.id === first.projectId)?.name}”是涉密项目，它的绩效目标表不公开；已导入，但不会打印`])
  })

  it('leaves the example block out and says when the sheet brings nothing', () => {
    const example = performanceExampleRows()
    expect(example[0]?.[col('project')]).toMatch(/^示例/)
    const r = read(performanceSheet(example))
    expect(r.drafts).toEqual([])
    expect(r.problems.map(formatProblem)).toEqual(['[提示] “绩效目标表”表：“绩效目标表”中没有填写项目的绩效目标（示例块除外），没有导入任何绩效目标'])
    const blank = read({ name: PERFORMANCE_SHEET_NAME, rows: [] })
    expect(blank.problems.map((p) => p.message)).toEqual(['“绩效目标表”是空表，没有导入任何绩效目标'])
    // The example block before real blocks is skipped, the real ones read.
    const both = read(performanceSheet([...example, ...performanceRowsOf(doc)]))
    expect(both.problems).toEqual([])
    expect(both.drafts.map((d) => d.form)).toEqual(doc.data.performance.projectForms)
  })

  it('merges the sheet’s forms into the base’s: replaced in place, others kept', () => {
    const forms = doc.data.performance.projectForms
    const rows = performanceRowsOf({ ...doc, data: { ...doc.data, performance: { ...doc.data.performance, projectForms: forms.slice(0, 2).map((f) => ({ ...f, annualGoal: '新目标' })) } } })
    const problems: ImportProblem[] = []
    const r = importPerformanceSheet([performanceSheet(rows)], doc.data.projects, doc.data.units, doc.data.lines, forms, problems)
    expect(problems).toEqual([])
    expect(r?.summary).toEqual({ sheet: PERFORMANCE_SHEET_NAME, forms: 2, replaced: 2, problems: 0 })
    expect(r?.projectForms.map((f) => f.annualGoal)).toEqual(['新目标', '新目标', ...forms.slice(2).map((f) => f.annualGoal)])
    expect(importPerformanceSheet([], doc.data.projects, doc.data.units, doc.data.lines, forms, problems)).toBeUndefined()
    expect(performanceSummaryText(r?.summary ?? { sheet: '', forms: -1, replaced: 0, problems: 0 })).toBe('“绩效目标表”导入2个项目的绩效目标表，其中2个替换文档中原有的表')
    expect(performanceSummaryText({ sheet: PERFORMANCE_SHEET_NAME, forms: 0, replaced: 0, problems: 1 })).toBe('“绩效目标表”没有导入绩效目标（1条问题见上）')
  })

  it('brings the forms through the template import preview, all or nothing', () => {
    const catalog = catalogFor(2026)
    const base: BudgetDocument = { ...doc, data: { ...doc.data, lines: [], projects: [], performance: { ...doc.data.performance, projectForms: [] } } }
    const sheets = [...templateSheets(templateRowsOf(doc, catalog)), performanceSheet(performanceRowsOf(doc))]
    const p = previewImport(sheets, 'template', base, catalog)
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([])
    expect(p.performance).toEqual({ sheet: PERFORMANCE_SHEET_NAME, forms: doc.data.performance.projectForms.length, replaced: 0, problems: 0 })
    expect(p.resultingDocument?.data.performance.projectForms).toEqual(doc.data.performance.projectForms)
    const bad = sheets.map((s) => (s.name === PERFORMANCE_SHEET_NAME ? { ...s, rows: s.rows.map((r, i) => (i === 1 ? r.map((c, k) => (k === col('projectId') ? 'nope' : k === col('project') ? '' : c)) : r)) } : s))
    const refused = previewImport(bad, 'template', base, catalog)
    expect(refused.ok).toBe(false)
    expect(refused.resultingDocument).toBeUndefined()
    expect(refused.problems.filter((x) => x.severity === 'error').map(formatProblem)).toEqual(['[错误] “绩效目标表”表 第2行 A列（项目编号）：项目编号“nope”不在“项目”表或文档的项目中'])
  })
})
