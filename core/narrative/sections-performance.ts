// 十 绩效管理情况 (spec §4.10, N11): 整体 and 项目 targets. Project counts and amounts are derived from
// the projects, their rounded lines and their forms, never typed.
import { roundFenToWanCents, yuanToFen } from '../money/money'
import { percentIntegerHalfUp } from '../money/percent'
import type { ProjectCategory } from '../model/enums'
import { moneyAt } from '../tables/access'
import type { WanCents } from '../tables/table-model'
import type { NarrativeContext } from './context'
import type { NarrativeBlock } from './narrative-model'
import { paragraph, subheading, wan } from './text'

export interface ProjectGroup {
  count: number
  amount: WanCents
  byCategory: Record<ProjectCategory, { count: number; amount: WanCents }>
}

export interface ProjectPerformance {
  /** 纳入绩效目标管理: every project with money in T12 or T13 (涉密 ones included, counted once). */
  managed: ProjectGroup
  /** 公开: the projects whose form is published (a form attached, not 涉密). */
  published: ProjectGroup
}

function emptyGroup(): ProjectGroup {
  return { count: 0, amount: 0, byCategory: { operating: { count: 0, amount: 0 }, targeted: { count: 0, amount: 0 } } }
}

function addTo(g: ProjectGroup, category: ProjectCategory, amount: WanCents): void {
  g.count++
  g.amount += amount
  g.byCategory[category].count++
  g.byCategory[category].amount += amount
}

export function projectPerformance(c: NarrativeContext): ProjectPerformance {
  const data = c.derivation.data
  const amounts = new Map<string, WanCents>()
  for (const l of c.derivation.lines) {
    if (l.line.kind === 'project' && l.line.projectId) amounts.set(l.line.projectId, (amounts.get(l.line.projectId) ?? 0) + l.wan)
  }
  const forms = new Set(data.performance.projectForms.map((f) => f.projectId))
  const out = { managed: emptyGroup(), published: emptyGroup() }
  for (const p of data.projects) {
    const amount = amounts.get(p.id) ?? 0
    if (amount === 0) continue
    addTo(out.managed, p.category, amount)
    if (!p.classified && forms.has(p.id)) addTo(out.published, p.category, amount)
  }
  return out
}

function categorySentence(g: ProjectGroup, amountWord: string): string {
  const o = g.byCategory.operating
  const t = g.byCategory.targeted
  return `其中：其他运转类项目${o.count}个，${amountWord}${wan(o.amount)}；特定目标类项目${t.count}个，${amountWord}${wan(t.amount)}。`
}

export function sectionTen(c: NarrativeContext): NarrativeBlock[] {
  const data = c.derivation.data
  const { T3 } = c.tables
  const filing = data.overallFiling
  const blocks: NarrativeBlock[] = [
    subheading('1、整体绩效目标'),
    paragraph(
      `${c.year}年编报部门整体支出绩效目标，涉及部门预算资金${wan(moneyAt(T3, 'total', 'total'))}，其中基本支出${wan(moneyAt(T3, 'total', 'basic'))}，项目支出${wan(moneyAt(T3, 'total', 'project'))}；` +
        `机关及下属预算单位${data.units.length}个，其中${filing.unitCount}个单位（包括机关）编报了单位整体绩效目标，涉及资金${wan(roundFenToWanCents(yuanToFen(filing.amount)))}。`,
    ),
  ]
  // Optional: 000 prints it, 004 does not (§4.10).
  if (filing.printAttachmentLine) blocks.push(paragraph('（部门整体目标表公开情况见附件）'))
  blocks.push(subheading('2、项目绩效目标'))
  const { managed, published } = projectPerformance(c)
  if (managed.count === 0) {
    blocks.push(paragraph(`${c.year}年${c.dept}无纳入绩效目标管理的二级项目。`))
  } else {
    blocks.push(
      paragraph(
        `${c.year}年${c.dept}纳入绩效目标管理的二级项目${managed.count}个，共计金额${wan(managed.amount)}。${categorySentence(managed, '涉及金额')}` +
          `公开项目绩效目标${published.count}个，涉及项目金额${wan(published.amount)}，占部门（单位）项目支出总额的${percentIntegerHalfUp(published.amount, managed.amount)}%。` +
          categorySentence(published, '涉及项目金额'),
      ),
    )
    if (published.count > 0) blocks.push(paragraph('（项目绩效目标表公开情况见附件）'))
  }
  if (data.performance.overall !== undefined || published.count > 0) blocks.push({ kind: 'attachments', slot: 'performance-forms' })
  return blocks
}
