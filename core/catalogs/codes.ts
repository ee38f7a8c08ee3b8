// Code-shape helpers: levels, parents, normalisation of codes typed or exported by other tools.

import type { CatalogKind, CatalogLevel } from './types'

const LEVEL_BY_LENGTH: Readonly<Record<number, CatalogLevel>> = { 3: '类', 5: '款', 7: '项' }

/** Functional and income codes are 类 3 / 款 5 / 项 7 digits; both economic classifications
 * stop at 款 (5 digits). */
export function allowedCodeLengths(kind: CatalogKind): readonly number[] {
  return kind === 'functional' || kind === 'income' ? [3, 5, 7] : [3, 5]
}

export function levelOfCode(code: string, kind: CatalogKind): CatalogLevel | undefined {
  if (!/^\d+$/.test(code) || !allowedCodeLengths(kind).includes(code.length)) return undefined
  return LEVEL_BY_LENGTH[code.length]
}

/** Ancestors of a code, outermost first: 2010301 → ['201', '20103']. */
export function parentCodes(code: string): string[] {
  return [3, 5, 7].filter((n) => n < code.length).map((n) => code.slice(0, n))
}

/** Full-width digits and punctuation (office files) → ASCII. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E/g, '.')
    .replace(/\u3000/g, ' ')
}

/** A code cell as exported by spreadsheets: '2010301.0', ' ２０１０３０１ ', "'2010301". */
export function normalizeCodeCell(cell: string): string {
  const text = toHalfWidth(cell).replace(/\s+/g, '').replace(/^'/, '')
  const numeric = /^(\d+)\.0+$/.exec(text)
  return numeric?.[1] ?? text
}

/** Spec §9.7: names are normalised to full-width parentheses (维修(护)费 → 维修（护）费). */
export function normalizeName(name: string): string {
  return name.replace(/\u3000/g, ' ').trim().replace(/\(/g, '（').replace(/\)/g, '）')
}

/** The 类 of an economic code: 30101 → 301. */
export function economicClassOf(code: string): string {
  return code.slice(0, 3)
}

/** Spec R24 / §2.6: 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303); every other class
 * (302 商品和服务支出, 310 资本性支出, …) is 公用经费. Accepts a 类 or a 款 code. */
export function isPersonnelEconomicClass(classCode: string): boolean {
  const cls = economicClassOf(classCode)
  return cls === '301' || cls === '303'
}
