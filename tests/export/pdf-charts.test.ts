// Charts of spec §4.13: ECharts SSR SVG with Chinese labels as real text; no chart (and no
// caption) when the data is empty — the sentence says so instead.
import { describe, expect, it } from 'vitest'
import { formatPercent, formatWanText } from '../../core/money/format'
import type { ChartSpec } from '../../core/narrative/narrative-model'
import { chartLabel, renderChartSvg } from '../../electron/main/export/pdf/charts'
import { exportSamplePdf } from './pdf/export-sample'
import { compact, compactPageText } from './pdf/read-pdf'
import { chartCaption, dominantSentence } from '../../core/report/narrative'

const spec: ChartSpec = {
  id: 'general-budget-structure',
  caption: '一般公共预算当年拨款结构图',
  items: [
    { name: '一般公共服务支出', value: 276192, share: 8552 },
    { name: '住房保障支出', value: 16122, share: 499 },
  ],
}

describe('chart SVG', () => {
  it('labels each slice with name, 万元 and share in the body font, without the white outline', () => {
    const image = renderChartSvg(spec, 'Body')
    expect(image?.svg).toContain('一般公共服务支出')
    expect(image?.svg).toContain('2,761.92万元 85.52%')
    expect(image?.svg).toMatch(/font-family[:=]"?[^;"]*Body/)
    expect(image?.svg).not.toMatch(/stroke="#fff(fff)?"[^>]*paint-order/)
    expect(renderChartSvg(spec, 'Body')?.svg).toBe(image?.svg)
    expect(chartLabel(spec.items[1] as ChartSpec['items'][number])).toBe(`住房保障支出\n${formatWanText(16122)}万元 ${formatPercent(499)}`)
  })

  it('has a caption with every category’s figures, and a sentence instead when one category is ≥ 99 %', () => {
    expect(chartCaption(spec)).toBe(`一般公共预算当年拨款结构图\n（一般公共服务支出2,761.92万元，占85.52%；住房保障支出161.22万元，占4.99%）`)
    expect(dominantSentence(spec)).toBeUndefined()
    const one: ChartSpec = { id: 'three-public', caption: '三公经费分布图', items: [{ name: '公务接待费', value: 120000, share: 10000 }, { name: '因公出国（境）费', value: 0, share: 0 }] }
    expect(dominantSentence(one)).toBe('“三公”经费全部为公务接待费1,200.00万元，占100.00%，不另附图。')
    const most: ChartSpec = { ...one, items: [{ name: '公务接待费', value: 9950, share: 9950 }, { name: '公务用车购置及运行费', value: 50, share: 50 }] }
    expect(dominantSentence(most)).toBe('“三公”经费绝大部分为公务接待费99.50万元，占99.50%，不另附图。')
  })

  it('draws nothing for empty data', () => {
    expect(renderChartSvg({ ...spec, items: [] }, 'Body')).toBeUndefined()
    expect(renderChartSvg({ ...spec, items: [{ name: '无', value: 0, share: 0 }] }, 'Body')).toBeUndefined()
  })
})

describe('charts in the exported PDF', () => {
  it('prints the charts of sample 004 with their labels as text on the caption page, and a sentence for a one-category 三公', async () => {
    const { read, narrative } = await exportSamplePdf('004')
    const charts = narrative.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' && b.chart.items.length > 0 ? [b.chart] : [])))
    expect(charts.map((c) => c.id)).toEqual(['general-budget-structure', 'three-public'])
    const all = read.pages.map(compactPageText).join('')
    const three = charts[1] as ChartSpec
    expect(three.items.filter((i) => i.value > 0)).toHaveLength(1)
    expect(all).not.toContain(three.caption)
    expect(all).toContain(compact(dominantSentence(three) ?? '—'))
    for (const c of charts.slice(0, 1)) {
      const page = read.pages.find((p) => compactPageText(p).includes(c.caption))
      expect(page, c.caption).toBeDefined()
      const text = compactPageText(page as never)
      for (const item of c.items.filter((i) => i.value > 0)) expect(text).toContain(`${item.name}${formatWanText(item.value)}万元${formatPercent(item.share)}`)
    }
  })

  it('prints no 三公 chart for sample 001, whose 三公 经费 are zero', async () => {
    const { read, narrative } = await exportSamplePdf('001')
    const three = narrative.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'chart' && b.chart.id === 'three-public')
    if (three && three.kind === 'chart') expect(three.chart.items.every((i) => i.value === 0)).toBe(true)
    const all = read.pages.map(compactPageText).join('')
    expect(all).not.toContain('三公经费分布图')
    expect(all).not.toContain('三公经费支出图')
  })
})
