// A code cell → a catalog code. Unknown codes are warnings the officer confirms, never crashes;
// a wrong shape (a 款 where a 项 belongs) is an error, because the tables cannot place it.
import { functionalEditionWarning } from '../catalogs/catalog'
import { levelOfCode, normalizeName } from '../catalogs/codes'
import type { Catalog, CatalogEntry, CatalogKind } from '../catalogs/types'
import { CODE_KIND_LABELS, codeStatus, type CodeChangeTable } from '../rollover/code-changes'
import { parseCodeCell } from './parse-values'

export type CodeResolution =
  | { ok: true; code: string; warning?: string; unknown?: boolean }
  | { ok: false; message: string }

/** The level a budget line needs: 项 for 功能分类, 款 for both economic classifications. */
const REQUIRED: Record<CatalogKind, { length: readonly number[]; label: string }> = {
  functional: { length: [7], label: '7位项级编码' },
  economicDepartment: { length: [5], label: '5位款级编码' },
  economicGovernment: { length: [5], label: '5位款级编码' },
  income: { length: [3, 5, 7], label: '3、5或7位编码' },
}

function byName(kind: CatalogKind, name: string, catalog: Catalog): CodeResolution {
  const key = normalizeName(name).replace(/\s/g, '')
  const wanted = REQUIRED[kind].length
  const hits = [...(catalog[kind] as Map<string, CatalogEntry>).values()].filter((e) => wanted.includes(e.code.length) && normalizeName(e.name).replace(/\s/g, '') === key)
  const label = CODE_KIND_LABELS[kind]
  if (hits.length === 1) return { ok: true, code: (hits[0] as CatalogEntry).code }
  if (hits.length > 1) return { ok: false, message: `${label}名称“${name}”对应多个科目（${hits.map((h) => h.code).join('、')}），请填写编码` }
  return { ok: false, message: `无法识别${label}“${name}”，请填写科目编码` }
}

export function resolveCode(kind: CatalogKind, text: string, catalog: Catalog, changes?: CodeChangeTable): CodeResolution {
  const label = CODE_KIND_LABELS[kind]
  const cell = parseCodeCell(text)
  if (!cell) return byName(kind, text.trim(), catalog)
  const { code } = cell
  const need = REQUIRED[kind]
  if (!need.length.includes(code.length)) {
    const level = levelOfCode(code, kind)
    return { ok: false, message: level ? `${label}应填${need.label}，“${code}”是${level}级编码` : `“${code}”不是有效的${label}编码（应为${need.label}）` }
  }
  const status = codeStatus(kind, code, catalog, changes)
  switch (status.status) {
    case 'known': {
      const edition = kind === 'functional' ? functionalEditionWarning(catalog, code) : undefined
      return edition ? { ok: true, code, warning: edition } : { ok: true, code }
    }
    case 'mapped': {
      const name = status.entry ? ` ${status.entry.name}` : ''
      return { ok: true, code: status.to, warning: `${label}“${code}”在${catalog.year}年版科目中已调整为“${status.to}${name}”，已按新编码导入${status.note ? `（${status.note}）` : ''}` }
    }
    case 'retired':
      return { ok: true, code, unknown: true, warning: `${label}“${code}”在${catalog.year}年版科目中已停用${status.note ? `（${status.note}）` : ''}，请改用新科目` }
    case 'missing':
      return { ok: true, code, unknown: true, warning: `${label}“${code}”不在${catalog.year}年科目表中，请核对` }
  }
}
