// Section-level text checks of 第三部分 (official-rules (c)2, (c)3, (c)6, (c)8, (c)15), for our
// narrative and for published text: each section is there and says what it must, empty tables are
// stated, 机关运行经费 is stated with its reason, 十一's date is right, reasons are not repeated.
import type { SectionId } from '../../narrative/narrative-model'
import type { TableId, TableSet } from '../../tables/table-model'
import type { Finding } from '../finding'
import { paragraphsOf, SECTION_ORDER, textFinding, type NarrativeText, type TextContext } from './text-context'

/** What each section must state (spec §4; official-rules A4): 001 prints 九 without its lead-in. */
const KEY_STATEMENTS: Record<SectionId, readonly { pattern: RegExp; what: string }[]> = {
  一: [{ pattern: /预算收入总计/u, what: '预算收入总计' }, { pattern: /支出总计/u, what: '预算支出总计' }],
  二: [{ pattern: /预算收入/u, what: '预算收入及其构成' }],
  三: [{ pattern: /支出预算|无.*支出/u, what: '支出预算及基本支出、项目支出' }],
  四: [{ pattern: /财政拨款收支总预算/u, what: '财政拨款收支总预算' }],
  五: [{ pattern: /一般公共预算当年(?:支出|拨款)/u, what: '一般公共预算当年支出' }],
  六: [{ pattern: /基本支出/u, what: '一般公共预算安排的基本支出' }],
  七: [{ pattern: /“三公”经费|三公经费/u, what: '“三公”经费预算数及增减变化' }],
  八: [{ pattern: /机关运行经费/u, what: '机关运行经费（为0或无时也须说明）' }],
  九: [{ pattern: /政府采购预算总额|无政府采购/u, what: '政府采购预算总额（及货物、工程、服务）' }],
  十: [{ pattern: /绩效目标/u, what: '整体和项目绩效目标' }],
  十一: [
    { pattern: /公务用车/u, what: '车辆情况' },
    { pattern: /办公用房/u, what: '房屋情况' },
  ],
  十二: [],
}

const SUBHEADING = /^(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+、)[^。；]*[：:]?$/u

/** Every section present, not only a heading, and saying what it must (official-rules (c)2). */
export function statementFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  for (const id of SECTION_ORDER) {
    const paragraphs = text[id]
    const at = { section: id, index: 0 }
    if (paragraphs === undefined) {
      out.push(textFinding(ctx, 'K02', 'error', at, '', '情况说明缺少本部分'))
      continue
    }
    if (!paragraphs.some((p) => p.trim() !== '' && !SUBHEADING.test(p.trim()))) {
      out.push(textFinding(ctx, 'K02', 'error', at, '', '本部分只有标题，没有说明文字'))
      continue
    }
    const all = paragraphs.join('')
    for (const k of KEY_STATEMENTS[id]) if (!k.pattern.test(all)) out.push(textFinding(ctx, 'K02', 'error', at, '', `本部分未说明${k.what}`))
  }
  return out
}

/** How the narrative states that a table is empty (official-rules (c)3: `本部门无政府性基金预算收支`). */
const EMPTY_STATEMENT: Partial<Record<TableId, RegExp>> = {
  T7: /无政府性基金预算(?:收支|收入)/u,
  T8: /无政府性基金预算(?:收支|支出)/u,
  T9: /无国有资本经营预算/u,
  // 七 and 八 state a zero amount themselves (001: `…“三公”经费预算0万元…`, `本部门无机关运行经费。`).
  T10: /无(?:财政拨款安排的)?“三公”经费|“三公”经费预算0万元/u,
  T11: /无机关运行经费|机关运行经费财政拨款预算0万元/u,
  T12: /无本年项目支出|无纳入绩效目标管理/u,
  T13: /无上年结转(?:项目)?支出|无上年结转/u,
}

export function emptyTableStatementFindings(text: NarrativeText, tables: TableSet): Finding[] {
  const all = paragraphsOf(text).map((p) => p.text).join('\n')
  const out: Finding[] = []
  for (const [id, pattern] of Object.entries(EMPTY_STATEMENT) as [TableId, RegExp][]) {
    const t = tables[id]
    if (!t.empty) continue
    const byLabel = new RegExp(`${t.label}[^。]*空表|表${Number(id.slice(1))}[^。]*空表`, 'u')
    if (pattern.test(all) || byLabel.test(all)) continue
    out.push({
      ruleId: 'K03',
      severity: 'error',
      message: `${t.label}《${t.title}》为空表，但情况说明没有说明（如“本部门无……”“${t.label}为空表”）`,
      location: { step: 'review', table: id, path: ['narrative', '十二'] },
    })
  }
  return out
}

/** 八 states 机关运行经费 even at 0, and gives a reason when it changed (official-rules (c)6). */
export function officeOperationTextFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const out: Finding[] = []
  for (const p of paragraphsOf({ 八: text.八 ?? [] })) {
    const changed = /比\d{4}年预算(?:增加|减少)[\d,.]+万元|比上年(?:增加|减少)[\d,.]+万元/u.test(p.text)
    const reason = /原因(?:是|为|：|:)\s*([^。；]*)/u.exec(p.text)
    if (changed && (!reason || reason[1]?.trim() === '' || /^【/.test(reason[1] ?? ''))) {
      out.push(textFinding(ctx, 'K06', 'warning', p, '', '机关运行经费有增减变化，但未说明原因'))
    }
  }
  return out
}

/** 十一's 截至 date is 31 Dec of {年−1} or 1 Jan of {年} (spec §4.11; official-rules (c)8). */
export function assetDateTextFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const ok = new Set([`${ctx.year - 1}年12月31日`, `${ctx.year}年1月1日`])
  const out: Finding[] = []
  for (const p of paragraphsOf({ 十一: text.十一 ?? [] })) {
    const m = /截至(\d{4}年\d{1,2}月\d{1,2}日)/u.exec(p.text)
    if (m && !ok.has(m[1] as string)) out.push(textFinding(ctx, 'K08', 'warning', p, m[0], `国有资产情况“截至${m[1]}”应为${ctx.year - 1}年12月31日或${ctx.year}年1月1日`))
  }
  return out
}

/** `原因是X` clauses; the same X on different items is a generic reason (official-rules (c)15). */
export function repeatedReasonTextFindings(text: NarrativeText, ctx: TextContext): Finding[] {
  const seen = new Map<string, { section: SectionId; index: number }[]>()
  for (const p of paragraphsOf(text)) {
    const re = /原因(?:是|为)([^。；;]+)/gu
    for (let m = re.exec(p.text); m !== null; m = re.exec(p.text)) {
      const reason = (m[1] as string).replace(/[，,、\s]/gu, '')
      if (reason.length < 4) continue
      seen.set(reason, [...(seen.get(reason) ?? []), { section: p.section, index: p.index }])
    }
  }
  const out: Finding[] = []
  for (const [reason, places] of seen) {
    // 一 explains income and spending totals, which are equal: the same reason twice is expected.
    const sections = new Set(places.map((x) => x.section))
    if (places.length < 2 || (sections.size === 1 && sections.has('一') && places.length === 2)) continue
    const first = places[0] as { section: SectionId; index: number }
    out.push(textFinding(ctx, 'K15', 'warning', first, reason, `${places.length}处变动使用了完全相同的原因“${reason}”（${[...sections].join('、')}），请分别说明各项目的具体原因`))
  }
  return out
}

/** Terms the 名词解释 must explain when the document uses them (official-rules (c)15). */
export const GLOSSARY_TERMS: readonly { term: string; used: RegExp }[] = [
  { term: '基本支出', used: /基本支出/u },
  { term: '项目支出', used: /项目支出/u },
  { term: '“三公”经费', used: /三公/u },
  { term: '机关运行经费', used: /机关运行经费/u },
  { term: '财政拨款', used: /财政拨款/u },
  { term: '上年结转', used: /上年结转/u },
  { term: '一般公共预算', used: /一般公共预算/u },
  { term: '政府性基金预算', used: /政府性基金/u },
  { term: '国有资本经营预算', used: /国有资本经营/u },
  { term: '单位资金', used: /单位资金/u },
  { term: '财政专户管理资金', used: /财政专户/u },
]

export function glossaryFindings(text: NarrativeText, glossary: readonly string[]): Finding[] {
  const all = paragraphsOf(text).map((p) => p.text).join('\n')
  const heads = glossary.map((g) => g.slice(0, 20).replace(/[“”"]/gu, ''))
  const missing = GLOSSARY_TERMS.filter((t) => t.used.test(all) && !heads.some((h) => h.includes(t.term.replace(/[“”"]/gu, ''))))
  if (missing.length === 0) return []
  return [
    {
      ruleId: 'K15',
      severity: 'warning',
      message: `名词解释缺少情况说明中用到的${missing.map((t) => `“${t.term.replace(/[“”]/gu, '')}”`).join('、')}`,
      location: { step: 'review', path: ['narrative', 'glossary'] },
    },
  ]
}
