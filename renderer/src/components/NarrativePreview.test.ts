// The app's 情况说明 preview decides chart or sentence as the PDF and the Word copy do
// (core/narrative/chart-display): a one-category chart reads as the sentence, others as bars with
// every category's figures.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { chartDisplay, dominantSentence } from '../../../core/narrative/chart-display'
import type { ChartSpec, Narrative } from '../../../core/narrative/narrative-model'
import { NarrativePreview } from './NarrativePreview'

const one: ChartSpec = { id: 'three-public', caption: '“三公”经费结构图', items: [{ name: '公务接待费', value: 120_000, share: 10000 }, { name: '因公出国（境）费', value: 0, share: 0 }] }
const two: ChartSpec = {
  id: 'general-budget-structure',
  caption: '一般公共预算当年拨款结构图',
  items: [
    { name: '一般公共服务支出', value: 75_000, share: 7500 },
    { name: '教育支出', value: 25_000, share: 2500 },
  ],
}

function narrative(...charts: ChartSpec[]): Narrative {
  return { title: '情况说明', sections: [{ id: 'three-public', heading: '七、“三公”经费', blocks: charts.map((chart) => ({ kind: 'chart', chart })) }], glossary: [] } as unknown as Narrative
}

describe('NarrativePreview charts', () => {
  it('shows the sentence, not a chart, for a category holding ≥ 99 %', () => {
    const html = renderToStaticMarkup(createElement(NarrativePreview, { narrative: narrative(one) }))
    const sentence = dominantSentence(one)
    expect(sentence).toBeDefined()
    expect(html).toContain(sentence)
    expect(html).not.toContain('<figure')
    expect(html).not.toContain('结构图')
  })

  it('shows the other charts as bars with every category and the caption', () => {
    const html = renderToStaticMarkup(createElement(NarrativePreview, { narrative: narrative(two) }))
    expect(chartDisplay(two).kind).toBe('chart')
    expect(html).toContain('<figure')
    expect(html).toContain('一般公共服务支出')
    expect(html).toContain('教育支出')
    expect(html).toContain('一般公共预算当年拨款结构图')
    expect(html).not.toContain('不另附图')
  })
})
