// 十 绩效管理情况 (spec §4.10, N11): 整体 and 项目 targets. Project counts and amounts are derived from
// the projects, their rounded lines and their forms, never typed.
import { roundFenToWanCents, yuanToFen } from '../money/money'
import { percentIntegerHalfUp } from '../money/percent'
import { disclosedProjects, type ProjectGroup } from '../performance/form-order'
import { moneyAt } from '../tables/access'
import type { NarrativeContext } from './context'
import type { NarrativeBlock } from './narrative-model'
import { paragraph, subheading, wan } from './text'

function categorySentence(g: ProjectGroup, amountWord: string): string {
  const o = g.byCategory.operating
  const t = g.byCategory.targeted
  return `其中：其他运转类项目${o.count}个，${amountWord}${wan(o.amount)}；特定目标类项目${t.count}个，${amountWord}${wan(t.amount)}。`
}

/** `，其中N个单位（包括机关）编报了单位整体绩效目标，涉及资金X万元`, from what was entered only. */
function overallFilingClause(filing: NarrativeContext['derivation']['data']['overallFiling']): string {
  if (filing.unitCount === undefined) return ''
  const amount = filing.amount === undefined ? '' : `，涉及资金${wan(roundFenToWanCents(yuanToFen(filing.amount)))}`
  return `，其中${filing.unitCount}个单位（包括机关）编报了单位整体绩效目标${amount}`
}

export function sectionTen(c: NarrativeContext): NarrativeBlock[] {
  const data = c.derivation.data
  const { T3 } = c.tables
  const filing = data.overallFiling
  const blocks: NarrativeBlock[] = [
    subheading('1、整体绩效目标'),
    paragraph(
      `${c.year}年编报${c.org}整体支出绩效目标，涉及${c.org}预算资金${wan(moneyAt(T3, 'total', 'total'))}，其中基本支出${wan(moneyAt(T3, 'total', 'basic'))}，项目支出${wan(moneyAt(T3, 'total', 'project'))}；` +
        `机关及下属预算单位${data.units.length}个${overallFilingClause(filing)}。`,
    ),
  ]
  // Optional: 000 prints it, 004 does not (§4.10).
  if (filing.printAttachmentLine) blocks.push(paragraph(`（${c.org}整体目标表公开情况见附件）`))
  blocks.push(subheading('2、项目绩效目标'))
  const { managed, published } = disclosedProjects(c.derivation)
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
