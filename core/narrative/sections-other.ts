// 九 政府采购 (spec §4.9, N10) and 十二 其他说明 (§4.12) from the officer's (十一: section-eleven.ts)
// inputs; 十二（二） also states which tables are empty (official-rules (c)3).
import { roundFenToWanCents, yuanToFen } from '../money/money'
import type { ProcurementCategory } from '../model/enums'
import type { TableId } from '../tables/table-model'
import type { NarrativeContext } from './context'
import type { NarrativeBlock } from './narrative-model'
import { paragraph, subheading, textParagraphs, wan } from './text'

/** 货物/工程/服务, each the half-up of its items' exact 元 sum; 总额 = their sum (N10). */
export function procurementAmounts(c: NarrativeContext): Record<ProcurementCategory | 'total', number> {
  const fen: Record<ProcurementCategory, number> = { goods: 0, works: 0, services: 0 }
  for (const p of c.derivation.data.procurement) fen[p.category] += yuanToFen(p.amount)
  const goods = roundFenToWanCents(fen.goods)
  const works = roundFenToWanCents(fen.works)
  const services = roundFenToWanCents(fen.services)
  return { goods, works, services, total: goods + works + services }
}

export function sectionNine(c: NarrativeContext): NarrativeBlock[] {
  if (c.derivation.data.procurement.length === 0) return [paragraph(`${c.year}年${c.dept}无政府采购预算。`)]
  const a = procurementAmounts(c)
  return [
    paragraph(
      `${c.year}年${c.dept}政府采购预算总额${wan(a.total)}。其中：政府采购货物预算${wan(a.goods)}、政府采购工程预算${wan(a.works)}、政府采购服务预算${wan(a.services)}。`,
    ),
  ]
}

/** What an empty table means, for the statement of official-rules (c)3. */
const ABSENT: readonly { tables: TableId[]; text: string }[] = [
  { tables: ['T7', 'T8'], text: '政府性基金预算收支' },
  { tables: ['T7'], text: '政府性基金预算收入' },
  { tables: ['T8'], text: '政府性基金预算支出' },
  { tables: ['T9'], text: '国有资本经营预算收支' },
  { tables: ['T10'], text: '财政拨款安排的“三公”经费' },
  { tables: ['T11'], text: '机关运行经费' },
  { tables: ['T12'], text: '本年项目支出' },
  { tables: ['T13'], text: '上年结转项目支出' },
]

/** `本部门2026年无政府性基金预算收支、…，预算公开表7、…为空表。`, or undefined when no table is empty. */
export function emptyTablesStatement(c: NarrativeContext): string | undefined {
  const empty = new Set<TableId>((Object.keys(c.tables) as TableId[]).filter((id) => c.tables[id].empty))
  const texts: string[] = []
  const covered = new Set<TableId>()
  for (const a of ABSENT) {
    if (a.tables.some((t) => covered.has(t)) || !a.tables.every((t) => empty.has(t))) continue
    texts.push(a.text)
    a.tables.forEach((t) => covered.add(t))
  }
  if (texts.length === 0) return undefined
  const labels = [...covered].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))).map((t) => c.tables[t].label)
  return `本${c.org}${c.year}年无${texts.join('、')}，${labels.join('、')}为空表。`
}

export function sectionTwelve(c: NarrativeContext): NarrativeBlock[] {
  const data = c.derivation.data
  const notes = data.otherNotes
  const attached = (slot: 'purchase-service-catalog' | 'other'): NarrativeBlock[] =>
    data.attachments.some((a) => a.placement === slot) ? [{ kind: 'attachments', slot }] : []
  const catalog = textParagraphs(notes.purchaseServiceCatalog)
  const statement = emptyTablesStatement(c)
  const other = textParagraphs(notes.other)
  return [
    subheading('（一）政府购买服务指导性目录'),
    ...(catalog.length > 0 ? catalog : [paragraph('无。')]),
    ...attached('purchase-service-catalog'),
    subheading('（二）其他'),
    ...(statement ? [paragraph(statement)] : []),
    ...(other.length > 0 || statement ? other : [paragraph('无。')]),
    ...attached('other'),
  ]
}
