// Projects and their 绩效目标 forms (domain-core issue §6; spec N12): every project has a form, every
// form a project; forms are linked by id, so names can never disagree.
import { formatYuanText } from '../../money/format'
import { yuanToFen } from '../../money/money'
import { secondForms } from '../../performance/second-forms'
import { finding, lineCodes, projectTotals, type DocumentRule } from './context'

/** Projects that appear in T12 or T13 with money, excluding 涉密 ones (no published form). */
export function projectsNeedingForms(ctx: Parameters<DocumentRule['check']>[0]) {
  const withMoney = new Set<string>()
  for (const l of ctx.derivation.lines) if (l.line.projectId && l.wan !== 0) withMoney.add(l.line.projectId)
  return ctx.derivation.data.projects.filter((p) => withMoney.has(p.id) && !p.classified)
}

export const P01: DocumentRule = {
  id: 'P01',
  title: '每个项目都有项目支出绩效目标表',
  severity: 'error',
  reads: (d, derivation) => [d.projects, d.performance.projectForms, projectTotals(derivation)],
  check(ctx) {
    const forms = new Set(ctx.derivation.data.performance.projectForms.map((f) => f.projectId))
    return projectsNeedingForms(ctx)
      .filter((p) => !forms.has(p.id))
      .map((p) => finding(this, `项目“${p.name}”缺少项目支出绩效目标表`, 'performance', ['projects', ctx.derivation.data.projects.indexOf(p)]))
  },
}

export const P02: DocumentRule = {
  id: 'P02',
  title: '每张绩效目标表都对应一个有预算的项目',
  severity: 'error',
  reads: (d, derivation) => [d.projects, d.performance.projectForms, projectTotals(derivation)],
  check(ctx) {
    const data = ctx.derivation.data
    const needing = new Set(projectsNeedingForms(ctx).map((p) => p.id))
    const byId = new Map(data.projects.map((p) => [p.id, p]))
    return data.performance.projectForms.flatMap((f, i) => {
      const p = byId.get(f.projectId)
      if (!p) return [finding(this, `第${i + 1}张项目绩效目标表对应的项目“${f.projectId}”不存在`, 'performance', ['performance', 'projectForms', i, 'projectId'])]
      if (p.classified) return [finding(this, `涉密项目“${p.name}”不公开绩效目标表，请删除该表`, 'performance', ['performance', 'projectForms', i])]
      if (!needing.has(p.id)) return [finding(this, `项目“${p.name}”没有预算金额，其绩效目标表无对应的表12/表13项目`, 'performance', ['performance', 'projectForms', i])]
      return []
    })
  },
}

export const P03: DocumentRule = {
  id: 'P03',
  title: '每个项目都有预算行',
  severity: 'warning',
  reads: (d) => [d.projects, lineCodes(d.lines)],
  check(ctx) {
    const used = new Set(ctx.derivation.data.lines.map((l) => l.projectId))
    return ctx.derivation.data.projects.flatMap((p, i) => (used.has(p.id) ? [] : [finding(this, `项目“${p.name}”还没有预算金额`, 'projects', ['projects', i])]))
  },
}

export const P04: DocumentRule = {
  id: 'P04',
  title: '实施期资金总额不少于年度资金总额',
  severity: 'error',
  reads: (d, derivation) => [d.projects, d.performance.projectForms, projectTotals(derivation)],
  check(ctx) {
    const data = ctx.derivation.data
    const annual = new Map<string, number>()
    for (const l of ctx.derivation.lines) if (l.line.projectId) annual.set(l.line.projectId, (annual.get(l.line.projectId) ?? 0) + l.fen)
    const names = new Map(data.projects.map((p) => [p.id, p.name]))
    return data.performance.projectForms.flatMap((f, i) => {
      if (f.implementationTotal === undefined) return []
      const total = yuanToFen(f.implementationTotal)
      const year = annual.get(f.projectId) ?? 0
      if (total >= year) return []
      return [
        finding(this, `项目“${names.get(f.projectId) ?? f.projectId}”实施期资金总额 ${formatYuanText(total)} 元少于年度资金总额 ${formatYuanText(year)} 元`, 'performance', [
          'performance',
          'projectForms',
          i,
          'implementationTotal',
        ]),
      ]
    })
  },
}

/** One form per project (second-forms.ts): a second one is not used; say so where the forms are edited. */
export const P05: DocumentRule = {
  id: 'P05',
  title: '每个项目只有一张绩效目标表',
  severity: 'warning',
  reads: (d) => [d.projects, d.performance.projectForms],
  check(ctx) {
    const data = ctx.derivation.data
    const names = new Map(data.projects.map((p) => [p.id, p.name]))
    return secondForms(data.performance.projectForms).map((s) =>
      finding(
        this,
        `项目“${names.get(s.projectId) ?? s.projectId}”有第二张绩效目标表（第${s.index + 1}张）：每个项目只保留一张，预览和导出只用第${s.firstIndex + 1}张；请把第二张的指标合并到第${s.firstIndex + 1}张后删除第二张`,
        'performance',
        ['performance', 'projectForms', s.index],
      ),
    )
  },
}
