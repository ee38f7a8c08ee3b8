// Cell styles of the exported tables (domain-spec §2.0, §3): 宋体, bold merged title, thin borders
// on every table cell, money as real numbers shown with two decimals and blank for zero.
import type { Borders, Font, Style } from 'exceljs'

/**
 * Two decimals, no thousands separator (spec §3); the empty third section prints zero blank
 * while the value stays a number that Excel can sum; text in the cell shows as typed.
 */
export const MONEY_FORMAT = '0.00;-0.00;;@'
/** The Text format: what is typed stays text, even `=SUM(A1)` re-entered in Excel or WPS. */
export const TEXT_FORMAT = '@'

export const FONT_NAME = '宋体'
// charset 134 = GB2312: Excel and WPS pick the Chinese face for the name.
const baseFont: Partial<Font> = { name: FONT_NAME, size: 10, charset: 134 }
export const TITLE_FONT_SIZE = 16

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } }
export const THIN_BORDERS: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }

export type CellRole = 'label' | 'title' | 'department' | 'unit' | 'header' | 'code' | 'text' | 'money' | 'note'

export interface RoleOptions {
  bold?: boolean
  indent?: number
}

// One object per role and options: a large department asks for a style per cell, hundreds of
// thousands of times. Callers copy before changing (`{ ...cellStyle(role), … }`).
const roleStyles = new Map<string, Partial<Style>>()

export function cellStyle(role: CellRole, options: RoleOptions = {}): Partial<Style> {
  const key = `${role}|${options.bold === true}|${options.indent ?? 0}`
  let style = roleStyles.get(key)
  if (!style) {
    style = roleStyle(role, options)
    roleStyles.set(key, style)
  }
  return style
}

function roleStyle(role: CellRole, options: RoleOptions): Partial<Style> {
  const font = options.bold ? { ...baseFont, bold: true } : baseFont
  switch (role) {
    case 'label':
      return { font, alignment: { horizontal: 'left', vertical: 'middle' } }
    case 'title':
      return { font: { ...baseFont, size: TITLE_FONT_SIZE, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }
    case 'department':
      return { font, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } }
    case 'unit':
      return { font, alignment: { horizontal: 'right', vertical: 'middle' } }
    case 'header':
      return { font: { ...baseFont, bold: true }, border: THIN_BORDERS, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }
    case 'code':
      return { font, border: THIN_BORDERS, numFmt: TEXT_FORMAT, alignment: { horizontal: 'left', vertical: 'middle' } }
    case 'text': {
      const indent = options.indent ?? 0
      return { font, border: THIN_BORDERS, numFmt: TEXT_FORMAT, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, ...(indent > 0 ? { indent } : {}) } }
    }
    case 'money':
      return { font, border: THIN_BORDERS, numFmt: MONEY_FORMAT, alignment: { horizontal: 'right', vertical: 'middle' } }
    case 'note':
      return { font, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } }
  }
}

// One object per distinct style. exceljs remembers the style id of each style object it has seen
// and otherwise serializes every cell's style again to find its id: a large department's 600
// forms spent a second of each Excel export there. Nothing mutates a cell's style after it is set.
const sharedStyles = new Map<string, Partial<Style>>()
// A style object met before (a role's style is one object) is answered without serializing it.
const sharedByObject = new WeakMap<Partial<Style>, Partial<Style>>()

/** The shared style object equal to `style` (the written workbook is byte for byte the same). */
export function sharedStyle(style: Partial<Style>): Partial<Style> {
  const known = sharedByObject.get(style)
  if (known) return known
  const key = JSON.stringify(style)
  let shared = sharedStyles.get(key)
  if (!shared) {
    shared = style
    sharedStyles.set(key, shared)
  }
  sharedByObject.set(style, shared)
  return shared
}
