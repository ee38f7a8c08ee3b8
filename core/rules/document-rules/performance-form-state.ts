// 绩效目标表 as the officer fills them in: a form just created (nothing typed yet) is one 待填写 item,
// not one error per empty field; two projects whose forms carry the same 项目概况 or the same
// indicators word for word were most likely copied and not adapted (a warning on the later form).
import { formatIndicatorValue } from '../../performance/indicator-value'
import { isBlank } from '../../performance/form-checks'
import type { ProjectForm } from '../../model/performance'
import type { Finding } from '../finding'
import { finding, type DocumentRule, type DocumentRuleContext } from './context'

const TEXT_FIELDS = ['overview', 'basis', 'necessity', 'measures', 'plan', 'implementationGoal', 'annualGoal'] as const

/** Nothing typed yet: every text blank and every indicator row empty (the skeleton of a new form). */
export function isUntouchedForm(f: ProjectForm): boolean {
  return TEXT_FIELDS.every((k) => f[k].trim() === '') && f.implementationIndicators.every(isBlank) && f.annualIndicators.every(isBlank)
}

const formPath = (i: number, ...rest: (string | number)[]) => ['performance', 'projectForms', i, ...rest]

function nameOf(ctx: DocumentRuleContext, projectId: string): string {
  return ctx.derivation.data.projects.find((p) => p.id === projectId)?.name ?? projectId
}

export const F00: DocumentRule = {
  id: 'F00',
  title: '项目绩效目标表已填写',
  severity: 'error',
  reads: (d) => [d.performance.projectForms, d.projects],
  check(ctx) {
    return ctx.derivation.data.performance.projectForms.flatMap((f, i) =>
      isUntouchedForm(f) ? [finding(this, `项目“${nameOf(ctx, f.projectId)}”的绩效目标表待填写：请填写年度目标和绩效指标`, 'performance', formPath(i, 'annualGoal'))] : [],
    )
  },
}

/** The indicators of one half as one text (blank rows left out); '' when none is filled. */
function indicatorText(list: ProjectForm['annualIndicators']): string {
  return list
    .filter((x) => !isBlank(x))
    .map((x) => `${x.level2}|${x.name.trim()}|${formatIndicatorValue(x.value).trim()}`)
    .join('\n')
}

// Short texts (“无”, “同上”) repeat legitimately; only a real paragraph counts as copied.
const MIN_COPIED_CHARS = 12

export const F11: DocumentRule = {
  id: 'F11',
  title: '各项目的绩效目标表按本项目填写',
  severity: 'warning',
  reads: (d) => [d.performance.projectForms, d.projects],
  check(ctx) {
    const out: Finding[] = []
    const seen = new Map<string, number>()
    const first = (key: string, i: number): number | undefined => {
      const at = seen.get(key)
      if (at === undefined) seen.set(key, i)
      return at
    }
    ctx.derivation.data.performance.projectForms.forEach((f, i) => {
      const name = nameOf(ctx, f.projectId)
      const overview = f.overview.trim()
      const earlier = overview.length >= MIN_COPIED_CHARS ? first(`overview\n${overview}`, i) : undefined
      if (earlier !== undefined) {
        const other = nameOf(ctx, ctx.derivation.data.performance.projectForms[earlier]?.projectId ?? '')
        out.push(finding(this, `项目“${name}”的项目概况与项目“${other}”的逐字相同，请按本项目的情况填写`, 'performance', formPath(i, 'overview')))
      }
      for (const [key, half] of [['implementationIndicators', '实施期'], ['annualIndicators', '年度']] as const) {
        const t = indicatorText(f[key])
        const same = t.length >= MIN_COPIED_CHARS ? first(`${key}\n${t}`, i) : undefined
        if (same === undefined) continue
        const other = nameOf(ctx, ctx.derivation.data.performance.projectForms[same]?.projectId ?? '')
        out.push(finding(this, `项目“${name}”的${half}绩效指标与项目“${other}”的逐字相同，请按本项目的产出和效益填写`, 'performance', formPath(i, key)))
      }
    })
    return out
  },
}
