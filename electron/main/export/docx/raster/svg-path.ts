// SVG path data → polygons: M/L/H/V/C/Q/A/Z in absolute and relative form, curves and arcs
// flattened into short straight segments. Enough for the sectors ECharts' SVG renderer draws.

export type Point = [number, number]
export type Polygon = Point[]

const TOKENS = /[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g
const STEPS = 24

function arcPoints(from: Point, rx: number, ry: number, rotation: number, large: boolean, sweep: boolean, to: Point): Point[] {
  // SVG 1.1 implementation notes F.6.5: endpoint → centre parameterisation.
  const [x1, y1] = from
  const [x2, y2] = to
  if (rx === 0 || ry === 0) return [to]
  const phi = (rotation * Math.PI) / 180
  const cos = Math.cos(phi)
  const sin = Math.sin(phi)
  const dx = (x1 - x2) / 2
  const dy = (y1 - y2) / 2
  const xp = cos * dx + sin * dy
  const yp = -sin * dx + cos * dy
  let a = Math.abs(rx)
  let b = Math.abs(ry)
  const lambda = (xp * xp) / (a * a) + (yp * yp) / (b * b)
  if (lambda > 1) {
    a *= Math.sqrt(lambda)
    b *= Math.sqrt(lambda)
  }
  const num = a * a * b * b - a * a * yp * yp - b * b * xp * xp
  const den = a * a * yp * yp + b * b * xp * xp
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den))
  const cxp = (k * a * yp) / b
  const cyp = (-k * b * xp) / a
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)
  const start = angle(1, 0, (xp - cxp) / a, (yp - cyp) / b)
  let delta = angle((xp - cxp) / a, (yp - cyp) / b, (-xp - cxp) / a, (-yp - cyp) / b)
  if (!sweep && delta > 0) delta -= 2 * Math.PI
  if (sweep && delta < 0) delta += 2 * Math.PI
  const n = Math.max(4, Math.ceil((Math.abs(delta) / (2 * Math.PI)) * 96))
  const out: Point[] = []
  for (let i = 1; i <= n; i++) {
    const t = start + (delta * i) / n
    const ex = a * Math.cos(t)
    const ey = b * Math.sin(t)
    out.push([cos * ex - sin * ey + cx, sin * ex + cos * ey + cy])
  }
  out[out.length - 1] = to
  return out
}

function cubic(p0: Point, p1: Point, p2: Point, p3: Point): Point[] {
  const out: Point[] = []
  for (let i = 1; i <= STEPS; i++) {
    const t = i / STEPS
    const u = 1 - t
    out.push([u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0], u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1]])
  }
  return out
}

/** The closed polygons of `d` (every subpath is filled as closed, as SVG fills it). */
export function pathPolygons(d: string): Polygon[] {
  const tokens = d.match(TOKENS) ?? []
  const polygons: Polygon[] = []
  let current: Polygon = []
  let pos: Point = [0, 0]
  let startPoint: Point = [0, 0]
  let command = ''
  let i = 0
  const num = () => {
    const t = tokens[i++]
    if (t === undefined || /[A-Za-z]/.test(t)) throw new Error(`图表路径数据不完整：${d.slice(0, 60)}`)
    return Number(t)
  }
  const flush = () => {
    if (current.length > 2) polygons.push(current)
    current = []
  }
  while (i < tokens.length) {
    const t = tokens[i] as string
    if (/[A-Za-z]/.test(t)) {
      command = t
      i++
      if (command === 'Z' || command === 'z') {
        flush()
        pos = startPoint
        continue
      }
    }
    const rel = command === command.toLowerCase()
    const at = (x: number, y: number): Point => (rel ? [pos[0] + x, pos[1] + y] : [x, y])
    switch (command.toUpperCase()) {
      case 'M':
        flush()
        pos = at(num(), num())
        startPoint = pos
        current.push(pos)
        command = rel ? 'l' : 'L'
        break
      case 'L':
        pos = at(num(), num())
        current.push(pos)
        break
      case 'H':
        pos = [rel ? pos[0] + num() : num(), pos[1]]
        current.push(pos)
        break
      case 'V':
        pos = [pos[0], rel ? pos[1] + num() : num()]
        current.push(pos)
        break
      case 'C': {
        const c1 = at(num(), num())
        const c2 = at(num(), num())
        const end = at(num(), num())
        current.push(...cubic(pos, c1, c2, end))
        pos = end
        break
      }
      case 'Q': {
        const c = at(num(), num())
        const end = at(num(), num())
        const c1: Point = [pos[0] + ((c[0] - pos[0]) * 2) / 3, pos[1] + ((c[1] - pos[1]) * 2) / 3]
        const c2: Point = [end[0] + ((c[0] - end[0]) * 2) / 3, end[1] + ((c[1] - end[1]) * 2) / 3]
        current.push(...cubic(pos, c1, c2, end))
        pos = end
        break
      }
      case 'A': {
        const rx = num()
        const ry = num()
        const rotation = num()
        const large = num() !== 0
        const sweep = num() !== 0
        const end = at(num(), num())
        current.push(...arcPoints(pos, rx, ry, rotation, large, sweep, end))
        pos = end
        break
      }
      default:
        throw new Error(`图表路径含有无法识别的命令“${command}”`)
    }
  }
  flush()
  return polygons
}
