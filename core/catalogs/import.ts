// Reads an officer's own catalog (e.g. the 科目表 exported from the budget system) once main has
// turned the xlsx/csv into rows of strings. Tolerant of layout; strict about codes.

import { allowedCodeLengths, levelOfCode, normalizeCodeCell, normalizeName, toHalfWidth } from './codes'
import type { CatalogEntry, CatalogKind, ImportProblem } from './types'

const HEADER_SEARCH_ROWS = 20

function headerKey(cell: string): string {
  return toHalfWidth(cell).replace(/\s+/g, '').toLowerCase()
}

function isCodeHeader(cell: string): boolean {
  const key = headerKey(cell)
  return key === 'code' || key === '编码' || key === '代码' || /科目(编码|代码)$/.test(key) || /^(科目)?编号$/.test(key)
}

function isNameHeader(cell: string): boolean {
  const key = headerKey(cell)
  return key === 'name' || key === '名称' || /科目名称$/.test(key)
}

interface HeaderInfo {
  index: number
  codeCol: number
  nameCol: number
}

function findHeader(rows: readonly (readonly string[])[]): HeaderInfo | undefined {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const row = rows[index] ?? []
    const codeCol = row.findIndex(isCodeHeader)
    const nameCol = row.findIndex(isNameHeader)
    if (codeCol >= 0 && nameCol >= 0 && codeCol !== nameCol) return { index, codeCol, nameCol }
  }
  return undefined
}

export interface ImportResult {
  entries: CatalogEntry[]
  problems: ImportProblem[]
}

const KIND_LABEL: Readonly<Record<CatalogKind, string>> = {
  functional: '支出功能分类科目',
  economicDepartment: '部门预算支出经济分类科目',
  economicGovernment: '政府预算支出经济分类科目',
  income: '收入分类科目',
}

export function parseImportedCatalog(rows: readonly (readonly string[])[], kind: CatalogKind): ImportResult {
  const header = findHeader(rows)
  if (!header) {
    return {
      entries: [],
      problems: [{ row: 0, message: `未找到表头：${KIND_LABEL[kind]}表需包含“科目编码”和“科目名称”两列` }],
    }
  }
  const entries: CatalogEntry[] = []
  const problems: ImportProblem[] = []
  const firstRowOf = new Map<string, number>()
  const lengths = allowedCodeLengths(kind).join('、')
  for (let index = header.index + 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? []
    const rowNo = index + 1
    if (cells.every((c) => toHalfWidth(c ?? '').trim() === '')) continue
    let code = normalizeCodeCell(cells[header.codeCol] ?? '')
    let name = normalizeName(cells[header.nameCol] ?? '')
    // Some exports put "2010301 行政运行" in the code column and leave the name column empty.
    const combined = /^(\d{3,7})([\u4e00-\u9fff（].*)$/.exec(code)
    if (name === '' && combined?.[1] && combined[2]) {
      code = combined[1]
      name = normalizeName(toHalfWidth(cells[header.codeCol] ?? '').trim().slice(code.length).replace(/^[\s:：\-—]+/, ''))
    }
    if (code === '') {
      problems.push({ row: rowNo, message: `第${rowNo}行：缺少科目编码${name ? `（科目名称“${name}”）` : ''}` })
      continue
    }
    const level = levelOfCode(code, kind)
    if (!level) {
      const why = /^\d+$/.test(code) ? `，应为${lengths}位数字` : ''
      problems.push({ row: rowNo, message: `第${rowNo}行：科目编码“${code}”格式不正确${why}` })
      continue
    }
    if (name === '') {
      problems.push({ row: rowNo, message: `第${rowNo}行：科目编码“${code}”缺少科目名称` })
      continue
    }
    const first = firstRowOf.get(code)
    if (first !== undefined) {
      problems.push({ row: rowNo, message: `第${rowNo}行：科目编码“${code}”重复（第${first}行已出现），已忽略本行` })
      continue
    }
    firstRowOf.set(code, rowNo)
    entries.push({ code, name, level, status: 'imported', source: `导入文件第${rowNo}行` })
  }
  return { entries, problems }
}
