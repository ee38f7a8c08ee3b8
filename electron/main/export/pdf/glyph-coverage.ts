// Which characters a font can draw, read from its cmap (formats 4 and 12; TrueType, OpenType and
// faces inside a .ttc). pdfmake draws a character its font lacks as an empty box (.notdef) without a
// word, so the export checks every character against the embedded fonts before it writes. The font
// set is an input (whatever fonts.ts resolves, configured or discovered), never assumed here.
import { statSync } from 'node:fs'
import type { FontSource } from './fonts'
import { fontBytes } from './font-bytes'

export type Coverage = ReadonlySet<number>

interface Table {
  offset: number
  length: number
}

function tables(view: DataView, base: number): Map<string, Table> {
  const count = view.getUint16(base + 4)
  const out = new Map<string, Table>()
  for (let i = 0; i < count; i++) {
    const at = base + 12 + i * 16
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3))
    out.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) })
  }
  return out
}

function postScriptName(view: DataView, name: Table | undefined): string | undefined {
  if (!name) return undefined
  const count = view.getUint16(name.offset + 2)
  const strings = name.offset + view.getUint16(name.offset + 4)
  for (let i = 0; i < count; i++) {
    const at = name.offset + 6 + i * 12
    if (view.getUint16(at + 6) !== 6) continue
    const platform = view.getUint16(at)
    const length = view.getUint16(at + 8)
    const start = strings + view.getUint16(at + 10)
    let s = ''
    if (platform === 3 || platform === 0) for (let j = 0; j + 1 < length; j += 2) s += String.fromCharCode(view.getUint16(start + j))
    else for (let j = 0; j < length; j++) s += String.fromCharCode(view.getUint8(start + j))
    return s
  }
  return undefined
}

function format12(view: DataView, at: number, out: Set<number>): void {
  const groups = view.getUint32(at + 12)
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12
    const start = view.getUint32(g)
    const end = Math.min(view.getUint32(g + 4), 0x10ffff)
    const glyph = view.getUint32(g + 8)
    for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c)
  }
}

function format4(view: DataView, at: number, out: Set<number>): void {
  const segX2 = view.getUint16(at + 6)
  const ends = at + 14
  const starts = ends + segX2 + 2
  const deltas = starts + segX2
  const rangeOffsets = deltas + segX2
  for (let s = 0; s < segX2; s += 2) {
    const start = view.getUint16(starts + s)
    const end = view.getUint16(ends + s)
    const delta = view.getUint16(deltas + s)
    const ro = view.getUint16(rangeOffsets + s)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number
      if (ro === 0) glyph = (c + delta) & 0xffff
      else {
        const g = view.getUint16(rangeOffsets + s + ro + 2 * (c - start))
        glyph = g === 0 ? 0 : (g + delta) & 0xffff
      }
      if (glyph !== 0) out.add(c)
    }
  }
}

/** The code points the face draws; `face`: the PostScript name inside a .ttc (the first face otherwise). */
export function fontCoverage(bytes: Uint8Array, face?: string): Set<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let base = 0
  if (view.getUint32(0) === 0x74746366 /* 'ttcf' */) {
    const count = view.getUint32(8)
    const offsets = Array.from({ length: count }, (_, i) => view.getUint32(12 + 4 * i))
    base = offsets.find((o) => face !== undefined && postScriptName(view, tables(view, o).get('name')) === face) ?? offsets[0] ?? 0
  }
  const cmap = tables(view, base).get('cmap')
  const out = new Set<number>()
  if (!cmap) return out
  const count = view.getUint16(cmap.offset + 2)
  const subtables: { platform: number; encoding: number; at: number; format: number }[] = []
  for (let i = 0; i < count; i++) {
    const rec = cmap.offset + 4 + i * 8
    const at = cmap.offset + view.getUint32(rec + 4)
    subtables.push({ platform: view.getUint16(rec), encoding: view.getUint16(rec + 2), at, format: view.getUint16(at) })
  }
  const unicode = (t: (typeof subtables)[number]) => t.platform === 0 || (t.platform === 3 && (t.encoding === 1 || t.encoding === 10))
  for (const t of subtables.filter(unicode)) {
    if (t.format === 12) format12(view, t.at, out)
    else if (t.format === 4) format4(view, t.at, out)
  }
  return out
}

const cache = new Map<string, { mtimeMs: number; coverage: Set<number> }>()

export function sourceCoverage(source: FontSource): Coverage {
  const [file, face] = typeof source === 'string' ? [source, undefined] : source
  const key = `${file}#${face ?? ''}`
  const mtimeMs = statSync(file).mtimeMs
  const hit = cache.get(key)
  if (hit && hit.mtimeMs === mtimeMs) return hit.coverage
  const coverage = fontCoverage(fontBytes(file), face)
  cache.set(key, { mtimeMs, coverage })
  return coverage
}

/** Characters every face of the set draws: text may be set in any role, normal or bold. */
export function commonCoverage(families: Readonly<Record<string, { normal: FontSource; bold: FontSource }>>): (codePoint: number) => boolean {
  const sets = Object.values(families).flatMap((f) => [sourceCoverage(f.normal), sourceCoverage(f.bold)])
  return (cp) => sets.every((s) => s.has(cp))
}
