// 绩效目标 forms (spec §5, N11–N13). P01–P04 (project-rules.ts) already check that every project has
// a form, every form a project, and 实施期 ≥ 年度; these check the forms' content.
import { formatWanPlain, formatYuanText } from '../../money/format'
import { parseWanToFen, roundFenToWanCents, yuanToFen } from '../../money/money'
import { percentIntegerHalfUp } from '../../money/percent'
import { LEVEL1_LABELS, type Indicator } from '../../model/performance'
import { FUND_ROWS } from '../../performance/amounts'
import { isBlank, misplacedLevel2, missingLevel1, overallMissingFields, overallMissingLevel1 } from '../../performance/form-checks'
import { disclosedProjects } from '../../performance/form-order'
import { validateIndicator } from '../../performance/indicator-value'
import { layoutFor } from '../../performance/layouts'
import type { Finding } from '../finding'
import { finding, projectTotals, type DocumentRule, type DocumentRuleContext } from './context'
import { F00, F11, isUntouchedForm } from './performance-form-state'

const HALVES = [
  ['implementationIndicators', '实施期'],
  ['annualIndicators', '年度'],
] as const

// Names by id, built once per document: F02/F03 name every form's project, and a linear search
// per form cost ~20 ms of every keystroke on a 600-project department (scale issue, npm run bench).
const projectNames = new WeakMap<DocumentRuleContext['derivation']['data'], Map<string, string>>()

function projectName(ctx: DocumentRuleContext, projectId: string): string {
  const data = ctx.derivation.data
  let names = projectNames.get(data)
  if (!names) {
    names = new Map(data.projects.map((p) => [p.id, p.name]))
    projectNames.set(data, names)
  }
  return names.get(projectId) ?? projectId
}

const formPath = (i: number, ...rest: (string | number)[]) => ['performance', 'projectForms', i, ...rest]

export const F01: DocumentRule = {
  id: 'F01',
  title: '项目绩效指标包含产出、效益、满意度三类一级指标',
  severity: 'error',
  reads: (d) => [d.performance.projectForms, d.projects],
  check(ctx) {
    // A form with nothing typed yet is one 待填写 item (F00), not an error per 一级指标.
    return ctx.derivation.data.performance.projectForms.flatMap((f, i) =>
      HALVES.flatMap(([key, half]) =>
        (isUntouchedForm(f) ? [] : missingLevel1(f[key])).map((l1) =>
          finding(this, `项目“${projectName(ctx, f.projectId)}”的${half}绩效指标缺少${LEVEL1_LABELS[l1]}（至少填写一个三级指标）`, 'performance', formPath(i, key)),
        ),
      ),
    )
  },
}

function misplacedFindings(rule: DocumentRule, list: readonly Indicator[], where: string, path: (string | number)[]): Finding[] {
  return misplacedLevel2(list).map((m) => finding(rule, `${where}第${m.index + 1}个指标：${m.message}`, 'performance', [...path, m.index, 'level2']))
}

export const F02: DocumentRule = {
  id: 'F02',
  title: '二级指标属于其一级指标',
  severity: 'error',
  reads: (d) => [d.performance, d.projects],
  check(ctx) {
    const perf = ctx.derivation.data.performance
    const out = perf.projectForms.flatMap((f, i) =>
      HALVES.flatMap(([key, half]) => misplacedFindings(this, f[key], `项目“${projectName(ctx, f.projectId)}”${half}绩效指标`, formPath(i, key))),
    )
    if (perf.overall) out.push(...misplacedFindings(this, perf.overall.indicators, '整体支出绩效目标表', ['performance', 'overall', 'indicators']))
    return out
  },
}

function valueFindings(rule: DocumentRule, list: readonly Indicator[], where: string, path: (string | number)[]): Finding[] {
  return list.flatMap((ind, k) => (isBlank(ind) ? [] : validateIndicator(ind).map((m) => finding(rule, `${where}：${m}`, 'performance', [...path, k, 'value']))))
}

export const F03: DocumentRule = {
  id: 'F03',
  title: '指标值已填写且格式正确',
  severity: 'error',
  reads: (d) => [d.performance, d.projects],
  check(ctx) {
    const perf = ctx.derivation.data.performance
    const out = perf.projectForms.flatMap((f, i) =>
      HALVES.flatMap(([key, half]) => valueFindings(this, f[key], `项目“${projectName(ctx, f.projectId)}”${half}绩效指标`, formPath(i, key))),
    )
    if (perf.overall) out.push(...valueFindings(this, perf.overall.indicators, '整体支出绩效目标表', ['performance', 'overall', 'indicators']))
    return out
  },
}

export const F04: DocumentRule = {
  id: 'F04',
  title: '项目绩效目标表填写了年度目标',
  severity: 'error',
  reads: (d) => [d.performance.projectForms, d.projects],
  check(ctx) {
    return ctx.derivation.data.performance.projectForms.flatMap((f, i) =>
      f.annualGoal.trim() === '' && !isUntouchedForm(f) ? [finding(this, `项目“${projectName(ctx, f.projectId)}”的年度目标未填写`, 'performance', formPath(i, 'annualGoal'))] : [],
    )
  },
}

export const F05: DocumentRule = {
  id: 'F05',
  title: '整体支出绩效目标申报表的必填项已填写',
  severity: 'error',
  reads: (d) => [d.performance.overall, d.department.budgetYear, d.overview.duties],
  check(ctx) {
    const data = ctx.derivation.data
    const form = data.performance.overall
    if (!form) return []
    const layout = layoutFor(data.department.budgetYear)
    const fields = overallMissingFields(form, layout, data).map((m) =>
      finding(this, `整体支出绩效目标申报表的“${m.label}”未填写`, 'performance', ['performance', 'overall', m.field]),
    )
    const levels = overallMissingLevel1(form, layout).map((l) =>
      finding(this, `整体支出绩效目标申报表缺少${l}的绩效指标`, 'performance', ['performance', 'overall', 'indicators']),
    )
    return [...fields, ...levels]
  },
}

export const F06: DocumentRule = {
  id: 'F06',
  title: '情况说明称附整体绩效目标表时已填写该表',
  severity: 'error',
  reads: (d) => [d.overallFiling.printAttachmentLine, d.performance.overall],
  check(ctx) {
    const data = ctx.derivation.data
    if (!data.overallFiling.printAttachmentLine || data.performance.overall) return []
    return [finding(this, '十、绩效管理情况写明“部门整体目标表公开情况见附件”，但尚未填写整体支出绩效目标申报表', 'performance', ['performance', 'overall'])]
  },
}

export const F07: DocumentRule = {
  id: 'F07',
  title: '整体表上年度资金与上年支出总计一致',
  severity: 'warning',
  reads: (d) => [d.performance.overall, d.comparisons.expenditureTotal.prior],
  check(ctx) {
    const data = ctx.derivation.data
    const form = data.performance.overall
    const prior = data.comparisons.expenditureTotal.prior
    if (!form || form.priorYearBasic === undefined || form.priorYearProject === undefined || prior === undefined) return []
    const wan = (y: string) => roundFenToWanCents(yuanToFen(y))
    const sum = wan(form.priorYearBasic) + wan(form.priorYearProject)
    if (sum === wan(prior)) return []
    return [
      finding(this, `整体支出绩效目标申报表上年度资金合计 ${formatWanPlain(sum)} 万元，与上年支出总计 ${formatWanPlain(wan(prior))} 万元不一致`, 'performance', ['performance', 'overall', 'priorYearBasic'], {
        figures: { expected: wan(prior), actual: sum },
      }),
    ]
  },
}

export const F08: DocumentRule = {
  id: 'F08',
  title: '实施期资金总额已填写，分项之和等于总额',
  severity: 'error',
  reads: (d) => [d.performance.projectForms, d.projects],
  check(ctx) {
    return ctx.derivation.data.performance.projectForms.flatMap((f, i) => {
      const name = projectName(ctx, f.projectId)
      if (f.implementationTotal === undefined) return [finding({ id: this.id, severity: 'warning' }, `项目“${name}”的实施期资金总额未填写`, 'performance', formPath(i, 'implementationTotal'))]
      const split = f.implementationSplit
      if (!split) return []
      const parts = FUND_ROWS.reduce((a, r) => a + yuanToFen(split[r]), 0)
      const total = yuanToFen(f.implementationTotal)
      if (parts === total) return []
      return [finding(this, `项目“${name}”实施期资金各来源之和 ${formatYuanText(parts)} 元，与实施期资金总额 ${formatYuanText(total)} 元不一致`, 'performance', formPath(i, 'implementationSplit'))]
    })
  },
}

export const F09: DocumentRule = {
  id: 'F09',
  title: '公开项目绩效目标的比例达到要求',
  severity: 'warning',
  reads: (d, derivation) => [d.settings.performanceDisclosureThreshold, d.projects, d.performance.projectForms, projectTotals(derivation)],
  check(ctx) {
    const threshold = ctx.derivation.data.settings.performanceDisclosureThreshold
    // 涉密 projects publish no form (spec §5.2) and stay outside the share.
    const { managed: all, published, classified } = disclosedProjects(ctx.derivation)
    const managed = { count: all.count - classified.count, amount: all.amount - classified.amount }
    if (managed.count === 0) return []
    const byCount = percentIntegerHalfUp(published.count, managed.count)
    const byAmount = percentIntegerHalfUp(published.amount, managed.amount)
    const out: Finding[] = []
    // Integer percentages as 十 prints them; exact counts decide when the threshold is 100%.
    const short = (pct: number, part: number, whole: number) => (threshold >= 100 ? part < whole : pct < threshold)
    if (short(byCount, published.count, managed.count)) out.push(finding(this, `公开项目绩效目标${published.count}个，占纳入绩效目标管理项目${managed.count}个的${byCount}%，低于${threshold}%`, 'performance', ['performance', 'projectForms']))
    if (short(byAmount, published.amount, managed.amount))
      out.push(
        finding(this, `公开项目绩效目标涉及金额${formatWanPlain(published.amount)}万元，占项目支出${formatWanPlain(managed.amount)}万元的${byAmount}%，低于${threshold}%`, 'performance', ['performance', 'projectForms'], {
          figures: { expected: managed.amount, actual: published.amount },
        }),
      )
    return out
  },
}

/** `预算数 114.72万元`: a 成本指标 naming the budget in 万元 restates the project amount (spec §5.4). */
export const F10: DocumentRule = {
  id: 'F10',
  title: '以预算数表述的成本指标与项目金额一致',
  severity: 'warning',
  reads: (d, derivation) => [d.projects, d.performance.projectForms, projectTotals(derivation)],
  check(ctx) {
    const amounts = new Map<string, number>()
    for (const l of ctx.derivation.lines) if (l.line.projectId) amounts.set(l.line.projectId, (amounts.get(l.line.projectId) ?? 0) + l.fen)
    return ctx.derivation.data.performance.projectForms.flatMap((f, i) =>
      f.annualIndicators.flatMap((ind, k) => {
        const v = ind.value
        if (ind.level2 !== 'cost' || v.unit !== '万元' || v.comparator === '<' || !/预算/.test(ind.name)) return []
        const parsed = parseWanToFen(v.value)
        if (!parsed.ok) return []
        const stated = roundFenToWanCents(parsed.fen)
        const actual = roundFenToWanCents(amounts.get(f.projectId) ?? 0)
        if (v.comparator === '≤' ? stated >= actual : stated === actual) return []
        return [
          finding(this, `项目“${projectName(ctx, f.projectId)}”的成本指标“${ind.name}”为 ${v.comparator}${v.value}万元，项目年度资金为 ${formatWanPlain(actual)} 万元`, 'performance', formPath(i, 'annualIndicators', k, 'value'), {
            figures: { expected: actual, actual: stated },
          }),
        ]
      }),
    )
  },
}

export const PERFORMANCE_RULES: readonly DocumentRule[] = [F00, F01, F02, F03, F04, F05, F06, F07, F08, F09, F10, F11]
