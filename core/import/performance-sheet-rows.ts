// Writing the 绩效目标表 sheet's rows: a document's project forms as blocks (filled template), or the
// blank template's example block. The layout (columns, 栏目, lists) is in performance-sheet.ts.
import type { BudgetDocument } from '../document/envelope'
import { fenToYuanString, yuanToFen } from '../money/money'
import type { BudgetLine } from '../model/budget'
import { LEVEL1_LABELS, LEVEL2_LABELS, ProjectForm, type Indicator, type Level1, type Level2 } from '../model/performance'
import type { Comparator } from '../performance/indicator-value'
import { PERFORMANCE_COLUMNS, PERFORMANCE_EXAMPLE_MARK, PERFORMANCE_ITEMS, type PerformanceColumnKey } from './performance-sheet'

/** One block's cells in column order. */
type Cells = Partial<Record<PerformanceColumnKey, string>>
const rowOf = (cells: Cells): string[] => PERFORMANCE_COLUMNS.map((c) => cells[c.key] ?? '')

/** 元 per project: every line of the project, 当年 and 上年结转 (the form's 年度资金总额). */
export function annualAmountsOf(lines: readonly BudgetLine[]): Map<string, string> {
  const fen = new Map<string, number>()
  for (const l of lines) if (l.kind === 'project' && l.projectId) fen.set(l.projectId, (fen.get(l.projectId) ?? 0) + yuanToFen(l.amount))
  return new Map([...fen].map(([id, f]) => [id, fenToYuanString(f)]))
}

function indicatorRow(label: string, ind: Indicator): Cells {
  return {
    item: label,
    level1: LEVEL1_LABELS[ind.level1],
    level2: LEVEL2_LABELS[ind.level2],
    name: ind.name,
    comparator: ind.value.comparator,
    value: ind.value.value,
    unit: ind.value.unit,
    ...(ind.note !== undefined ? { note: ind.note } : {}),
  }
}

/** The rows of one project's block. */
export function performanceBlockRows(form: ProjectForm, head: { projectId: string; unitName?: string; project: string; annualAmount?: string }): string[][] {
  const rows: Cells[] = []
  for (const item of PERFORMANCE_ITEMS) {
    switch (item.kind) {
      case 'text':
        rows.push({ item: item.label, content: form[item.key] })
        break
      case 'total':
        rows.push({ item: item.label, content: form.implementationTotal ?? '' })
        break
      case 'split':
        rows.push({ item: item.label, content: form.implementationSplit?.[item.key] ?? '' })
        break
      case 'indicators':
        for (const ind of item.half === 'implementation' ? form.implementationIndicators : form.annualIndicators) rows.push(indicatorRow(item.label, ind))
    }
  }
  const first = rows[0] as Cells
  first.projectId = head.projectId
  if (head.unitName !== undefined) first.unitName = head.unitName
  first.project = head.project
  if (head.annualAmount !== undefined) first.annualAmount = head.annualAmount
  return rows.map(rowOf)
}

/** The filled sheet of a document: one block per 项目支出绩效目标表, in the document's order. */
export function performanceRowsOf(doc: BudgetDocument): string[][] {
  const d = doc.data
  const projects = new Map(d.projects.map((p) => [p.id, p]))
  const units = new Map(d.units.map((u) => [u.id, u.name]))
  const amounts = annualAmountsOf(d.lines)
  return d.performance.projectForms.flatMap((f) => {
    const p = projects.get(f.projectId)
    return performanceBlockRows(f, { projectId: f.projectId, unitName: p ? (units.get(p.unitId) ?? '') : '', project: p?.name ?? '', annualAmount: amounts.get(f.projectId) ?? '0.00' })
  })
}

/** The blank template's example block, marked 示例 so that it is never imported. */
export function performanceExampleRows(): string[][] {
  const ind = (level1: Level1, level2: Level2, name: string, comparator: Comparator, value: string, unit: string): Indicator => ({ level1, level2, name, value: { comparator, value, unit } })
  const indicators = [
    ind('output', 'quantity', '开展专项检查次数', '≥', '4', '次'),
    ind('output', 'quality', '检查覆盖率', '=', '100', '%'),
    ind('output', 'timeliness', '完成时限', '≤', '12', '月'),
    ind('output', 'cost', '项目成本控制', '≤', '10', '万元'),
    ind('benefit', 'social', '群众办事便利程度', '', '明显提升', ''),
    ind('satisfaction', 'beneficiary-satisfaction', '服务对象满意度', '≥', '90', '%'),
  ]
  const form = ProjectForm.parse({
    projectId: 'example',
    implementationTotal: '100000.00',
    implementationSplit: { local: '100000.00' },
    overview: '（示例，不会导入）简要说明项目的内容、范围和实施单位。',
    basis: '相关法律法规、政策文件和部门职责。',
    necessity: '说明设立项目的必要性。',
    measures: '保证项目实施的管理制度和措施。',
    plan: '项目实施的时间安排和步骤。',
    implementationGoal: '项目实施期内要达到的总体目标。',
    annualGoal: '本年度要达到的目标。',
    implementationIndicators: indicators,
    annualIndicators: indicators,
    owner: '张三',
    handler: '李四',
    phone: '0000-0000000',
    filledAt: '',
  })
  return performanceBlockRows(form, { projectId: PERFORMANCE_EXAMPLE_MARK, project: `${PERFORMANCE_EXAMPLE_MARK}：某某专项业务经费`, annualAmount: '' })
}
