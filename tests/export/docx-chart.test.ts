// The 情况说明 pies in the Word copy: a valid PNG per chart with data, drawn from the ECharts SVG's
// sectors (each slice's colour where the slice is, its size following its share), and the caption
// with every slice's figures as text under the image.
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { ChartSpec } from '../../core/narrative/narrative-model'
import { chartDisplay, dominantSentence } from '../../core/narrative/chart-display'
import { chartContent, chartFigure } from '../../electron/main/export/docx/chart'
import { chartPng, svgSectors } from '../../electron/main/export/docx/chart-png'
import { crc32 } from '../../electron/main/export/docx/raster/canvas'
import { pathPolygons } from '../../electron/main/export/docx/raster/svg-path'
import { renderChartSvg } from '../../electron/main/export/pdf/charts'
import { exportSampleDocx, part } from './docx/docx-sample'
import { docxParagraphs } from '../../electron/main/export/audit/read-docx-text'

const spec: ChartSpec = {
  id: 'general-budget-structure',
  caption: '一般公共预算当年拨款结构图',
  items: [
    { name: '一般公共服务支出', value: 75_000, share: 7500 },
    { name: '教育支出', value: 25_000, share: 2500 },
  ],
}

function pixel(png: PNG, x: number, y: number): string {
  const o = (Math.round(y) * png.width + Math.round(x)) * 4
  return `#${[0, 1, 2].map((k) => (png.data[o + k] as number).toString(16).padStart(2, '0')).join('')}`
}

describe('chart images for Word', () => {
  it('flattens arcs to the circle they lie on', () => {
    const [poly] = pathPolygons('M100 50A50 50 0 0 1 150 100L100 100Z')
    if (!poly) throw new Error('no polygon')
    for (const [x, y] of poly.slice(1, -2)) expect(Math.hypot(x - 100, y - 100)).toBeCloseTo(50, 5)
    expect(poly.at(-2)).toEqual([150, 100])
    expect(() => pathPolygons('M0 0X1 1')).toThrow(/无法识别/)
  })

  it('draws each slice in its colour, sized by its share', () => {
    const image = chartPng(spec)
    if (!image) throw new Error('no image')
    const png = PNG.sync.read(Buffer.from(image.data))
    expect([png.width, png.height]).toEqual([image.width, image.height])
    const colors = svgSectors(renderChartSvg(spec, 'sans-serif')?.svg ?? '').map((s) => s.color)
    expect(image.colors).toEqual(colors)
    expect(new Set(colors).size).toBe(2)
    // ECharts starts at 12 o'clock and goes clockwise: 75% covers right, bottom and left; 25% the top-left quarter.
    const c = png.width / 2
    const r = png.width / 4
    expect(pixel(png, c + r, c)).toBe(colors[0])
    expect(pixel(png, c, c + r)).toBe(colors[0])
    expect(pixel(png, c - r, c + r / 4)).toBe(colors[0])
    expect(pixel(png, c - r / 2, c - r)).toBe(colors[1])
    expect(pixel(png, 1, 1)).toBe('#ffffff')
    const counts = new Map<string, number>()
    for (let i = 0; i < png.data.length; i += 4) {
      const k = `#${[0, 1, 2].map((j) => (png.data[i + j] as number).toString(16).padStart(2, '0')).join('')}`
      counts.set(k, (counts.get(k) ?? 0) + 1)
    }
    const a = counts.get(colors[0] as string) ?? 0
    const b = counts.get(colors[1] as string) ?? 0
    expect(a / (a + b)).toBeGreaterThan(0.72)
    expect(a / (a + b)).toBeLessThan(0.78)
  })

  it('computes PNG checksums as the format defines them', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082)
  })

  it('puts each chart of sample 004 in the document with its caption and figures, and a one-category chart as its sentence', async () => {
    const d = await exportSampleDocx('004')
    const xml = part(d, 'word/document.xml')
    const all = d.narrative.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'chart' && b.chart.items.some((i) => i.value > 0) ? [b.chart] : []))
    const charts = all.filter((c) => chartDisplay(c).kind === 'chart')
    const sentences = all.flatMap((c) => {
      const shown = chartDisplay(c)
      return shown.kind === 'sentence' ? [shown.text] : []
    })
    expect(charts.length).toBeGreaterThan(0)
    expect(charts.length + sentences.length).toBe(all.length)
    expect([...xml.matchAll(/<pic:pic\b/g)].length).toBe(charts.length)
    // Word repairs a file whose drawings share an id.
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(charts.length)
    expect(Object.keys(d.parts).filter((n) => n.startsWith('word/_rels/')).join()).toContain('document.xml.rels')
    expect(part(d, 'word/_rels/document.xml.rels').match(/media\/[^"]+\.png/g)?.length).toBe(charts.length)
    const ps = docxParagraphs(xml).map((p) => p.text)
    for (const c of charts) {
      const at = ps.indexOf(c.caption)
      expect(at, c.caption).toBeGreaterThan(0)
      const lines = c.items.filter((i) => i.value > 0).map((i) => `■ ${chartFigure(i)}`)
      expect(ps.slice(at + 1, at + 1 + lines.length)).toEqual(lines)
    }
    for (const t of sentences) expect(ps).toContain(t)
    for (const c of all.filter((c) => chartDisplay(c).kind === 'sentence')) expect(ps).not.toContain(c.caption)
  })

  it('prints a sentence instead of a chart whose one category holds ≥ 99 %', () => {
    const one: ChartSpec = { id: 'three-public', caption: '“三公”经费结构图', items: [{ name: '公务接待费', value: 120_000, share: 10000 }] }
    const texts = chartContent(one, chartPng(one)).map((p) => JSON.stringify(p))
    expect(texts).toHaveLength(1)
    expect(texts[0]).toContain(dominantSentence(one) ?? '—')
    expect(texts[0]).not.toContain('<pic:pic')
    expect(chartContent(spec, chartPng(spec)).length).toBe(1 + 1 + spec.items.length)
  })
})
