// A conservative estimate of how tall a form's rows print, so that a row group too tall for one
// page is allowed to break instead of overflowing (pdfmake cannot move an unbreakable block that
// is taller than the page). Over-estimating is safe: it only lets a large group break earlier.
import type { FormRow } from '../../performance/form-model'
import { GRID } from '../tables'

/** Line height of the CJK body fonts (Noto ≈ 1.45 em; 仿宋 and 宋体 less), rounded up. */
const LINE_EM = 1.5

function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0
  return c >= 0x2e80 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019
}

/** Text width in em: ideographs and full-width signs 1 em, everything else 0.6 em (generous). */
export function textEm(text: string): number {
  let w = 0
  for (const ch of text) w += isWide(ch) ? 1 : 0.6
  return w
}

/** Lines a text takes in a cell of `width` pt content width at `fontSize`. */
export function lineCount(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, width / fontSize)
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textEm(part) / perLine)), 0)
}

/** Estimated height in pt of each row (cells spanning rows share their height out evenly). */
export function rowHeights(rows: readonly FormRow[], widths: readonly number[], fontSize: number): number[] {
  const heights = rows.map(() => fontSize * LINE_EM + 2 * GRID.paddingY + GRID.lineWidth)
  rows.forEach((r, row) => {
    r.cells.forEach((c, col) => {
      if (!c) return
      let width = 0
      for (let k = col; k < col + c.colSpan; k++) width += widths[k] ?? 0
      width += (c.colSpan - 1) * (2 * GRID.paddingX + GRID.lineWidth)
      const need = lineCount(c.text, width, fontSize) * fontSize * LINE_EM + 2 * GRID.paddingY + GRID.lineWidth
      const share = need / c.rowSpan
      for (let k = row; k < row + c.rowSpan && k < rows.length; k++) heights[k] = Math.max(heights[k] as number, share)
    })
  })
  return heights
}

/**
 * Top margin that roughly centres a row-spanning caption (pdfmake 0.3 misplaces vertically centred
 * row-spanning cells inside stacked tables). Uses a lower bound of the span's height (every row
 * at least one line) and an upper bound of the text's, so the text can never be pushed out of
 * its cell: with taller rows it sits a little above the centre.
 */
export function spanTopMargin(text: string, width: number, fontSize: number, rowSpan: number): number {
  const minRow = fontSize * 1.9 + 2 * GRID.paddingY
  const textHeight = lineCount(text, width, fontSize) * fontSize * LINE_EM
  return Math.max(0, Math.floor((rowSpan * minRow - 2 * GRID.paddingY - textHeight) / 2))
}
