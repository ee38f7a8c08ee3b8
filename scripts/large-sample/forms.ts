// 项目支出绩效目标表 for every project and the 部门整体支出绩效目标申报表, complete enough that F01–F10
// find nothing: all three 一级 indicators in both halves, numeric values where a sign is used, the
// 成本指标 stated against the project's own annual amount, 实施期 totals split by source.
import { fenToYuanString, roundFenToWanCents, yuanToFen } from '../../core/money/money'
import type { BudgetLine, Project } from '../../core/model/budget'
import { OverallForm, ProjectForm, type Indicator } from '../../core/model/performance'
import type { Random } from './random'

const ind = (level1: Indicator['level1'], level2: Indicator['level2'], name: string, comparator: Indicator['value']['comparator'], value: string, unit: string): Indicator => ({
  level1,
  level2,
  name,
  value: { comparator, value, unit },
})

/** The project's annual money in 万元, rounded up to 0.01 so `≤` holds (F10). */
function wanCeiling(fen: number): string {
  const w = roundFenToWanCents(fen)
  const cents = w * 10_000 >= fen ? w : w + 1
  return (cents / 100).toFixed(2)
}

function indicators(p: Project, annualFen: number, random: Random, years: number): Indicator[] {
  const count = random.int(20, 400) * years
  return [
    ind('output', 'quantity', `完成${p.name.replace(/项目（.*$/, '')}任务量`, '≥', String(count), '次'),
    ind('output', 'quality', '工作质量达标率', '≥', String(random.int(90, 99)), '%'),
    ind('output', 'timeliness', '任务按期完成', '', '按期完成', ''),
    ind('output', 'cost', '项目预算控制数', '≤', wanCeiling(annualFen * years), '万元'),
    ind('benefit', 'social', '城市环境改善', '', '明显改善', ''),
    ind('benefit', 'sustainable', '长效管理机制', '', '持续有效', ''),
    ind('satisfaction', 'beneficiary-satisfaction', '市民满意度', '≥', String(random.int(85, 95)), '%'),
  ]
}

export function projectForms(projectList: readonly Project[], lines: readonly BudgetLine[], random: Random): ProjectForm[] {
  const annual = new Map<string, number>()
  for (const l of lines) if (l.projectId) annual.set(l.projectId, (annual.get(l.projectId) ?? 0) + yuanToFen(l.amount))
  return projectList.map((p, i) => {
    const fen = annual.get(p.id) ?? 0
    const years = p.attribute === 'phased' ? p.durationYears : 1
    const total = fen * years
    const provincial = i % 6 === 0 ? Math.floor(total / 4) : 0
    return ProjectForm.parse({
      projectId: p.id,
      implementationTotal: fenToYuanString(total),
      implementationSplit: { central: '0.00', provincial: fenToYuanString(provincial), local: fenToYuanString(total - provincial), selfRaised: '0.00', other: '0.00' },
      overview: `${p.name}由本单位组织实施，覆盖辖区主要街道和公共区域，按年度计划分季度推进。`,
      basis: '《城市市容和环境卫生管理条例》《城市道路管理条例》及本市城市管理工作要点。',
      necessity: '保障城市日常运行和市容环境整洁，回应市民关切，是履行城市管理职责的必要支出。',
      measures: '实行项目负责人制度，资金专款专用，按合同和进度支付，接受财政和审计监督。',
      plan: '一季度完成方案和采购，二、三季度全面实施，四季度验收评价并总结。',
      implementationGoal: `实施期内完成${p.name.replace(/（.*$/, '')}各项任务，城市管理水平持续提升。`,
      annualGoal: `年内按计划完成${p.name.replace(/（.*$/, '')}，工作质量和市民满意度达到预期。`,
      implementationIndicators: indicators(p, fen, random, years),
      annualIndicators: indicators(p, fen, random, 1),
      owner: '项目负责人',
      handler: '经办人',
      phone: `0351-${String(6_000_000 + i).padStart(7, '0')}`,
      filledAt: '20251204161540',
    })
  })
}

export function overallForm(unitCount: number): OverallForm {
  return OverallForm.parse({
    internalDepartments: 24,
    staffQuota: unitCount * 30,
    staffActual: unitCount * 28,
    staffOnPayroll: unitCount * 27,
    staffOther: unitCount,
    duties: '负责全市城市管理、市容环境卫生、市政设施维护和城市管理综合行政执法工作。',
    strategicGoal: '建设干净、整洁、有序、安全的城市环境，提升城市精细化管理水平。',
    keyTasks: [
      { coreFunction: '市容环境卫生管理', tasks: '1.道路机械化清扫率稳步提高。2.生活垃圾分类全覆盖。' },
      { coreFunction: '市政设施运行维护', tasks: '1.道路桥梁完好率保持在95%以上。2.城市照明亮灯率达标。' },
      { coreFunction: '城市管理综合执法', tasks: '1.规范执法行为。2.依法查处违法建设和占道经营。' },
    ],
    annualGoal: '完成年度城市管理各项任务，市容环境和市政设施运行保持良好，市民满意度稳步提升。',
    indicators: [
      ind('output', 'quantity', '道路清扫保洁面积', '≥', '3200', '万平方米'),
      ind('output', 'quality', '市政设施完好率', '≥', '95', '%'),
      ind('output', 'timeliness', '案件按时办结率', '≥', '98', '%'),
      ind('output', 'cost', '支出控制在预算内', '', '控制在预算内', ''),
      ind('benefit', 'social', '城市环境改善', '', '明显改善', ''),
      ind('satisfaction', 'beneficiary-satisfaction', '市民满意度', '≥', '90', '%'),
    ],
    measures: '健全预算绩效管理制度，开展绩效运行监控和自评。',
    filledBy: '财务科',
    filledAt: '20251204',
  })
}
