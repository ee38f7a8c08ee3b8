// Charts of spec §4.13 as vector SVG from ECharts' server-side renderer (no browser): a pie per
// ChartSpec with labels `名称` / `金额万元 占比`. Figures come from the ChartSpec (exact 万元 and the
// largest-remainder shares), not from ECharts' float percentages. Labels are real text in the
// body font, so pdfmake embeds them as extractable CJK text.
import * as echarts from 'echarts'
import { formatPercent, formatWanText } from '../../../../core/money/format'
import type { ChartSpec } from '../../../../core/narrative/narrative-model'
import type { ChartImage } from '../../../../core/report/types'

export const CHART_SIZE = { width: 440, height: 270 } as const

/** Muted colours that survive grey-scale printing. */
const PALETTE = ['#3b6ea8', '#d08a3c', '#5a9a68', '#b5534c', '#7d6aa8', '#8c7a5b', '#4f9fa6', '#c07aa0', '#7f8c8d', '#a3a948']

export function chartLabel(item: ChartSpec['items'][number]): string {
  return `${item.name}\n${formatWanText(item.value)}万元 ${formatPercent(item.share)}`
}

/**
 * ECharts adds hover-only CSS (`.zr0-cls-1:hover`) with a per-instance counter in the class names;
 * print needs neither, and dropping them makes the SVG the same on every export.
 */
function printableSvg(svg: string): string {
  return svg.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/ class="zr\d+-cls-\d+"/g, '')
}

export function renderChartSvg(spec: ChartSpec, fontFamily: string): ChartImage | undefined {
  const items = spec.items.filter((i) => i.value > 0)
  if (items.length === 0) return undefined
  const { width, height } = CHART_SIZE
  const many = items.length > 6
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily, fontSize: many ? 9 : 10.5 },
      series: [
        {
          type: 'pie',
          radius: many ? ['0%', '46%'] : ['0%', '52%'],
          center: ['50%', '52%'],
          startAngle: 90,
          avoidLabelOverlap: true,
          // Without a transparent text border ECharts paints a white outline with paint-order,
          // which pdfmake ignores: the labels would vanish (toolchain notes).
          label: { show: true, formatter: (p: { dataIndex: number }) => chartLabel(items[p.dataIndex] as ChartSpec['items'][number]), color: '#222', textBorderColor: 'transparent', textBorderWidth: 0, lineHeight: many ? 12 : 14 },
          labelLine: { show: true, length: 8, length2: 8 },
          labelLayout: { hideOverlap: false },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          data: items.map((i) => ({ name: i.name, value: i.value / 100 })),
        },
      ],
    })
    return { svg: printableSvg(chart.renderToSVGString()), width, height }
  } finally {
    chart.dispose()
  }
}
