// Named builders for 绩效目标 forms (architecture rule 11): a form that passes every F rule, and
// documents with forms for the synthetic department.
import { fenToYuanString, yuanToFen } from '../../core/money/money'
import type { DocumentData } from '../../core/model/document-data'
import { Indicator, OverallForm, ProjectForm, type Level2 } from '../../core/model/performance'
import { parseIndicatorValue } from '../../core/performance/indicator-value'
import { syntheticCarryoverDepartment } from '../builders/document-builder'

export function indicator(level2: Level2, name: string, value: string): Indicator {
  const level1 = ['quantity', 'quality', 'timeliness', 'cost'].includes(level2) ? 'output' : level2 === 'beneficiary-satisfaction' ? 'satisfaction' : 'benefit'
  return Indicator.parse({ level1, level2, name, value: parseIndicatorValue(value) })
}

/** `days` differs per project: two projects' forms are never word-for-word copies (F11). */
export function standardIndicators(days = 365): Indicator[] {
  return [
    indicator('quantity', '服务天数', `≤${days}天`),
    indicator('quality', '系统正常运行率', '≥98%'),
    indicator('timeliness', '服务完成及时性', '及时'),
    indicator('cost', '项目成本', '≤50万元'),
    indicator('social', '对工作效率的改善程度', '明显'),
    indicator('sustainable', '长效管理制度健全性', '健全'),
    indicator('beneficiary-satisfaction', '使用者满意度', '≥95%'),
  ]
}

/** Exact 元 total of a project's lines. */
export function projectYuan(data: DocumentData, projectId: string): string {
  return fenToYuanString(data.lines.filter((l) => l.projectId === projectId).reduce((a, l) => a + yuanToFen(l.amount), 0))
}

/** A form every F rule accepts: goals, all three 一级, 实施期 = 年度 under 市县（区）财政资金. */
export function completeProjectForm(data: DocumentData, projectId: string): ProjectForm {
  const total = projectYuan(data, projectId)
  return ProjectForm.parse({
    projectId,
    implementationTotal: total,
    implementationSplit: { central: '0.00', provincial: '0.00', local: total, selfRaised: '0.00', other: '0.00' },
    overview: '保障业务正常开展。',
    implementationGoal: '完成年度工作任务。',
    annualGoal: '完成年度工作任务。',
    implementationIndicators: standardIndicators(365 - Math.max(0, data.projects.findIndex((p) => p.id === projectId))),
    annualIndicators: standardIndicators(365 - Math.max(0, data.projects.findIndex((p) => p.id === projectId))),
    filledAt: '20260105093000',
  })
}

export function completeProjectForms(data: DocumentData): ProjectForm[] {
  return data.projects.filter((p) => !p.classified).map((p) => completeProjectForm(data, p.id))
}

export function completeOverallForm(): OverallForm {
  return OverallForm.parse({
    internalDepartments: 5,
    staffQuota: 20,
    staffActual: 18,
    staffOnPayroll: 16,
    staffOther: 2,
    directUnits: 0,
    duties: '负责示例工作。',
    strategicGoal: '提升服务水平。',
    keyTasks: [{ coreFunction: '示例职能', tasks: '1.完成示例任务。' }],
    annualGoal: '完成年度目标。',
    completedLastYear: '完成上年目标。',
    dutyTasks: '任务1：示例任务。',
    dutyEffects: '目标1：服务提质。',
    indicators: [indicator('quantity', '所属单位数量', '1个'), indicator('social', '公共服务效率', '提高'), indicator('beneficiary-satisfaction', '社会公众满意度', '≥95%')],
  })
}

/**
 * The synthetic department with forms that test the layout: a 项目概况 of several pages, a 数量指标
 * with 40 rows (a group taller than a page), long names and values, a 2025 整体 form with
 * long texts, and the two carried-over projects (both parts shown).
 */
export function stressDocument(budgetYear = 2026): DocumentData {
  const base = syntheticDepartmentWithForms(budgetYear)
  const first = base.performance.projectForms[0] as ProjectForm
  first.overview = '为保障示例业务正常开展，按照有关规定安排本项目资金，用于系统运行维护、设备更新和人员培训等方面。'.repeat(60)
  first.annualIndicators = [
    ...Array.from({ length: 40 }, (_, i) => indicator('quantity', `第${i + 1}项服务事项办理数量（含线上线下渠道及跨部门协同办理的全部事项）`, `≥${1000 + i}件`)),
    ...standardIndicators().slice(1),
  ]
  const second = base.performance.projectForms[1] as ProjectForm
  second.annualIndicators = [...standardIndicators(), indicator('economic', '节约成本', '根据相关规定，由财政预算支付专家评审费用，降低项目单位成本，节约社会资源')]
  return base
}

export function syntheticDepartmentWithForms(budgetYear = 2026): DocumentData {
  const d = syntheticCarryoverDepartment()
  d.department.budgetYear = budgetYear
  d.performance.projectForms = completeProjectForms(d)
  d.performance.overall = completeOverallForm()
  const o = d.performance.overall
  o.dutyTasks = '任务1：持续推进一流营商环境建设；任务2：提升政务热线服务水平，加强数字化政府建设；任务3：主动靠前服务。'
  o.priorYearBasic = '5800000.00'
  o.priorYearProject = '4000000.00'
  o.organization = '成立示例工作小组'
  o.measures = '制定业务办理、便民服务、效能监督3类11项工作制度。'
  o.filledBy = '张三'
  o.filledAt = '2026.03.05'
  return d
}
