// Outlines as filled quads, one per segment (ECharts draws a 1 px white border around each sector).
import type { Canvas } from './canvas'
import type { Polygon } from './svg-path'

export function strokePolygon(canvas: Canvas, poly: Polygon, width: number, color: string): void {
  const h = width / 2
  for (let k = 0; k < poly.length; k++) {
    const [x0, y0] = poly[k] as [number, number]
    const [x1, y1] = poly[(k + 1) % poly.length] as [number, number]
    const len = Math.hypot(x1 - x0, y1 - y0)
    if (len === 0) continue
    const nx = (-(y1 - y0) / len) * h
    const ny = ((x1 - x0) / len) * h
    // Each quad on its own: quads of opposite direction would cancel where they overlap.
    canvas.fill(
      [
        [
          [x0 + nx, y0 + ny],
          [x1 + nx, y1 + ny],
          [x1 - nx, y1 - ny],
          [x0 - nx, y0 - ny],
        ],
      ],
      color,
    )
  }
}
