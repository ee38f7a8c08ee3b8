// The narrative as plain text for pasting into Word/WPS (issue: plain-text copy): one paragraph per
// line, a blank line between sections, charts as their caption and figures, attachments as a marker.
// Lines end in `\n`; the file writer adds the BOM and CRLF.
import type { Narrative, NarrativeBlock } from './narrative-model'
import { percent, wan } from './text'

const ATTACHMENT_MARKERS = {
  'performance-forms': '〔此处附：部门（单位）整体支出绩效目标申报表、项目支出绩效目标表〕',
  'purchase-service-catalog': '〔此处附：政府购买服务指导性目录〕',
  other: '〔此处附：附件〕',
} as const

function blockLines(b: NarrativeBlock): string[] {
  switch (b.kind) {
    case 'subheading':
    case 'paragraph':
      return [b.text]
    case 'chart':
      if (b.chart.items.length === 0) return []
      return [`图：${b.chart.caption}`, ...b.chart.items.map((it) => `${it.name}：${wan(it.value)}，占${percent(it.share)}`)]
    case 'attachments':
      return [ATTACHMENT_MARKERS[b.slot]]
  }
}

export function narrativeToPlainText(n: Narrative): string {
  const lines: string[] = [`第三部分 ${n.title}`, '']
  for (const s of n.sections) {
    lines.push(s.heading, ...s.blocks.flatMap(blockLines), '')
  }
  lines.push('第四部分 名词解释', '')
  for (const entry of n.glossary) lines.push(...entry.split('\n'))
  return `${lines.join('\n')}\n`
}
