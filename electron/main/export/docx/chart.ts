// A 情况说明 chart in the .docx: the pie as a PNG image (chart-png.ts), then the caption and the
// chart's figures as text under it, each keyed by its slice's colour (名称 / 金额万元 / 占比, from the
// ChartSpec as the PDF's labels print them), so Word, WPS and a checker's text search read them. A
// chart whose one category holds ≥ 99 % prints as the PDF's sentence instead.
import { AlignmentType, ImageRun, Paragraph } from 'docx'
import { formatPercent, formatWanText } from '../../../../core/money/format'
import { chartDisplay } from '../../../../core/narrative/chart-display'
import type { ChartSpec } from '../../../../core/narrative/narrative-model'
import { halfPt, STYLE } from './styles'
import { paragraph, run } from './text'

export interface ChartPng {
  data: Uint8Array
  /** Pixel size of the image. */
  width: number
  height: number
  /** Displayed size in pt. */
  displayWidth: number
  displayHeight: number
  /** `#rrggbb` of each slice with a value, in the ChartSpec's order. */
  colors: string[]
}

/** `基本支出 1,234.56万元 45.67%` — the figures of one slice, as the PDF's chart label. */
export function chartFigure(item: ChartSpec['items'][number]): string {
  return `${item.name} ${formatWanText(item.value)}万元 ${formatPercent(item.share)}`
}

/** The chart, or the sentence that replaces a one-category chart (core/narrative/chart-display). */
export function chartContent(spec: ChartSpec, png: ChartPng | undefined): Paragraph[] {
  const shown = chartDisplay(spec)
  if (shown.kind === 'none') return []
  if (shown.kind === 'sentence') return [paragraph(shown.text, STYLE.body)]
  const items = shown.items
  const out: Paragraph[] = []
  if (png) {
    // 96 px per inch: docx takes the displayed size in pixels.
    const px = (pt: number) => Math.round((pt * 96) / 72)
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 120 },
        children: [new ImageRun({ type: 'png', data: png.data, transformation: { width: px(png.displayWidth), height: px(png.displayHeight) }, altText: { name: spec.caption, title: spec.caption, description: items.map(chartFigure).join('；') } })],
      }),
    )
  }
  out.push(paragraph(spec.caption, STYLE.caption, { spacing: { before: png ? 40 : 120, after: 40 } }))
  items.forEach((item, i) => {
    const color = png?.colors[i]
    // A square in the slice's colour keys the line to the image.
    const key = color ? [run('■ ', { size: halfPt(10.5), color: color.slice(1) })] : []
    out.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: i < items.length - 1, spacing: { after: i === items.length - 1 ? 200 : 0 }, children: [...key, run(chartFigure(item), { size: halfPt(10.5) })] }))
  })
  return out
}
