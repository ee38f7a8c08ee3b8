// A budget-system export in the wide layout, written with exceljs: per sheet a title, a two-row
// header (一般公共预算 and 政府性基金预算 each over 当年 and 上年结转, merged cells as Excel writes
// them), numbers as numbers, and a 合计 row of formulas with their cached results.
import ExcelJS from 'exceljs'

export const WIDE_UNIT = '示例市数据局'
export const WIDE_HEADER_TOP = ['单位名称', '功能科目编码', '部门经济科目', '项目名称', '一般公共预算', '', '政府性基金预算', '']
export const WIDE_HEADER_SUB = ['', '', '', '', '当年', '上年结转', '当年', '上年结转']

/** [unit, function code, economic code, project, general current, general carry-over, fund current, fund carry-over]; null: empty cell. */
export type WideRow = [string, string, string, string, number | null, number | null, number | null, number | null]

export const WIDE_SHEETS: Record<'基本支出' | '项目支出', WideRow[]> = {
  基本支出: [
    [WIDE_UNIT, '2010301', '30101', '', 1_000_000, null, 20_000.5, null],
    [WIDE_UNIT, '2010301', '30201', '', 300_000, 12_000, 0, null],
  ],
  项目支出: [
    [WIDE_UNIT, '2010301', '30227', '政务数据平台运维项目', 450_000, 50_000, null, 8_000],
    [WIDE_UNIT, '2010399', '30227', '数据安全项目', 120_000, null, 30_000, null],
  ],
}

/** The amounts of a sheet's cells in 分, added up the way an officer would. */
export function wideTotalFen(rows: readonly WideRow[]): number {
  return rows.reduce((n, r) => n + r.slice(4).reduce<number>((m, c) => m + (typeof c === 'number' ? Math.round(c * 100) : 0), 0), 0)
}

/** Non-empty, non-zero amount cells: one budget line each. */
export function wideLineCount(rows: readonly WideRow[]): number {
  return rows.flatMap((r) => r.slice(4)).filter((c) => typeof c === 'number' && c !== 0).length
}

export async function writeWideWorkbook(path: string, sheets: Partial<Record<string, WideRow[]>> = WIDE_SHEETS): Promise<void> {
  const wb = new ExcelJS.Workbook()
  for (const [name, rows] of Object.entries(sheets)) {
    if (!rows) continue
    const ws = wb.addWorksheet(name)
    ws.addRow([`2026年部门预算${name}表`])
    ws.mergeCells('A1:H1')
    ws.addRow(WIDE_HEADER_TOP)
    ws.addRow(WIDE_HEADER_SUB)
    for (const c of ['A', 'B', 'C', 'D']) ws.mergeCells(`${c}2:${c}3`)
    ws.mergeCells('E2:F2')
    ws.mergeCells('G2:H2')
    for (const r of rows) ws.addRow(r.map((c) => (c === null ? undefined : c)))
    const first = 4
    const last = first + rows.length - 1
    const total = ws.addRow(['合计'])
    for (const [i, col] of ['E', 'F', 'G', 'H'].entries()) {
      const sum = rows.reduce((n, r) => n + ((r[4 + i] as number | null) ?? 0), 0)
      total.getCell(5 + i).value = { formula: `SUM(${col}${first}:${col}${last})`, result: sum }
    }
  }
  await wb.xlsx.writeFile(path)
}
