// A small RGB canvas: polygons filled with the non-zero rule and anti-aliased edges (coverage
// summed over sub-scanlines with exact horizontal fractions), then encoded as PNG with fflate's
// deflate. Pure JavaScript: the packaged app has no native image library and no browser for this.
import { zlibSync } from 'fflate'
import type { Polygon } from './svg-path'

const SUB = 5

export class Canvas {
  readonly rgb: Uint8Array

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.rgb = new Uint8Array(width * height * 3).fill(255)
  }

  /** Fills `polygons` (already in pixel coordinates) with `color` (`#rrggbb`). */
  fill(polygons: readonly Polygon[], color: string): void {
    const c = [1, 3, 5].map((k) => parseInt(color.slice(k, k + 2), 16)) as [number, number, number]
    const edges: [number, number, number, number, number][] = []
    let top = Infinity
    let bottom = -Infinity
    let minX = Infinity
    let maxX = -Infinity
    for (const poly of polygons) {
      for (let k = 0; k < poly.length; k++) {
        const [x0, y0] = poly[k] as [number, number]
        const [x1, y1] = poly[(k + 1) % poly.length] as [number, number]
        if (y0 === y1) continue
        edges.push(y0 < y1 ? [x0, y0, x1, y1, 1] : [x1, y1, x0, y0, -1])
        top = Math.min(top, y0, y1)
        bottom = Math.max(bottom, y0, y1)
        minX = Math.min(minX, x0, x1)
        maxX = Math.max(maxX, x0, x1)
      }
    }
    const cover = new Float32Array(this.width + 1)
    // Only the columns the polygons reach are cleared and blended.
    const left = Math.max(0, Math.floor(minX))
    const right = Math.min(this.width, Math.ceil(maxX) + 1)
    const xs: [number, number][] = []
    for (let py = Math.max(0, Math.floor(top)); py < Math.min(this.height, Math.ceil(bottom)); py++) {
      cover.fill(0, left, right + 1)
      for (let s = 0; s < SUB; s++) {
        const sy = py + (s + 0.5) / SUB
        xs.length = 0
        for (const [x0, y0, x1, y1, dir] of edges) if (sy >= y0 && sy < y1) xs.push([x0 + ((sy - y0) * (x1 - x0)) / (y1 - y0), dir])
        xs.sort((a, b) => a[0] - b[0])
        let winding = 0
        for (let k = 0; k < xs.length - 1; k++) {
          winding += (xs[k] as [number, number])[1]
          if (winding !== 0) this.span(cover, (xs[k] as [number, number])[0], (xs[k + 1] as [number, number])[0], 1 / SUB)
        }
      }
      const row = py * this.width * 3
      for (let px = left; px < right; px++) {
        const a = Math.min(1, cover[px] as number)
        if (a <= 0) continue
        const o = row + px * 3
        for (let ch = 0; ch < 3; ch++) this.rgb[o + ch] = Math.round((this.rgb[o + ch] as number) * (1 - a) + c[ch as 0 | 1 | 2] * a)
      }
    }
  }

  private span(cover: Float32Array, from: number, to: number, weight: number): void {
    const a = Math.max(0, from)
    const b = Math.min(this.width, to)
    if (b <= a) return
    const first = Math.floor(a)
    const last = Math.floor(b)
    if (first === last) {
      cover[first] = (cover[first] as number) + (b - a) * weight
      return
    }
    cover[first] = (cover[first] as number) + (first + 1 - a) * weight
    for (let x = first + 1; x < last; x++) cover[x] = (cover[x] as number) + weight
    if (last < this.width) cover[last] = (cover[last] as number) + (b - last) * weight
  }

  png(): Uint8Array {
    const raw = new Uint8Array((this.width * 3 + 1) * this.height)
    for (let y = 0; y < this.height; y++) {
      raw[y * (this.width * 3 + 1)] = 0
      raw.set(this.rgb.subarray(y * this.width * 3, (y + 1) * this.width * 3), y * (this.width * 3 + 1) + 1)
    }
    const header = new Uint8Array(13)
    const view = new DataView(header.buffer)
    view.setUint32(0, this.width)
    view.setUint32(4, this.height)
    header.set([8, 2, 0, 0, 0], 8)
    return concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 6 })), chunk('IEND', new Uint8Array(0))])
  }
}

const PNG_SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10])

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
