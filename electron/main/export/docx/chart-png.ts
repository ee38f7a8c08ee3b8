// The 情况说明 pies as PNG for Word: the sectors of the same ECharts SVG the PDF embeds
// (pdf/charts.ts), filled and outlined by a small pure-JavaScript rasteriser (raster/). The labels
// are not drawn into the image: the caption under it lists every slice with its colour, amount and
// share as real text (chart.ts), which Word, WPS and a checker's search all read.
import type { ChartSpec, Narrative } from '../../../../core/narrative/narrative-model'
import { renderChartSvg } from '../pdf/charts'
import type { ChartPng } from './chart'
import { Canvas } from './raster/canvas'
import { strokePolygon } from './raster/stroke'
import { pathPolygons, type Polygon } from './raster/svg-path'

/** Pixels per SVG unit: a pie of ~140 pt prints at ~290 dpi. */
const SCALE = 4
const MARGIN = 3
/** The image is shown a little larger than the pie in the PDF, where labels surround it. */
const DISPLAY = 1.25

interface Sector {
  index: number
  color: string
  polygons: Polygon[]
}

/** The filled sectors of an ECharts pie SVG, by data index. */
export function svgSectors(svg: string): Sector[] {
  const out: Sector[] = []
  for (const m of svg.matchAll(/<path d="([^"]+)"([^>]*)>/g)) {
    const attrs = m[2] as string
    const index = /ecmeta_data_index="(\d+)"/.exec(attrs)?.[1]
    const color = /fill="(#[0-9a-fA-F]{6})"/.exec(attrs)?.[1]
    if (index === undefined || color === undefined || /transform=/.test(attrs)) continue
    out.push({ index: Number(index), color: color.toLowerCase(), polygons: pathPolygons(m[1] as string) })
  }
  return out.sort((a, b) => a.index - b.index)
}

export function chartPng(spec: ChartSpec): ChartPng | undefined {
  const image = renderChartSvg(spec, 'sans-serif')
  if (!image) return undefined
  const sectors = svgSectors(image.svg)
  const points = sectors.flatMap((s) => s.polygons.flat())
  if (points.length === 0) return undefined
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const left = Math.min(...xs) - MARGIN
  const top = Math.min(...ys) - MARGIN
  const w = Math.max(...xs) + MARGIN - left
  const h = Math.max(...ys) + MARGIN - top
  const canvas = new Canvas(Math.ceil(w * SCALE), Math.ceil(h * SCALE))
  const toPixels = (poly: Polygon): Polygon => poly.map(([x, y]) => [(x - left) * SCALE, (y - top) * SCALE])
  for (const s of sectors) canvas.fill(s.polygons.map(toPixels), s.color)
  for (const s of sectors) for (const p of s.polygons) strokePolygon(canvas, toPixels(p), SCALE, '#ffffff')
  return { data: canvas.png(), width: canvas.width, height: canvas.height, displayWidth: w * DISPLAY, displayHeight: h * DISPLAY, colors: sectors.map((s) => s.color) }
}

export function chartPngs(n: Narrative): Partial<Record<ChartSpec['id'], ChartPng>> {
  const out: Partial<Record<ChartSpec['id'], ChartPng>> = {}
  for (const s of n.sections) for (const b of s.blocks) if (b.kind === 'chart') out[b.chart.id] = chartPng(b.chart)
  return out
}
