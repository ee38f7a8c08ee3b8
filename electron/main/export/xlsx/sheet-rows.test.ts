import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { writeSheetRows, type RowCell } from './sheet-rows'
import { ExportWorkbookWriter, workbookBytes } from './stream-workbook'

const bold = { font: { name: '宋体', bold: true } }
const plain = { font: { name: '宋体', italic: true } }

async function roundTrip(cells: Record<number, RowCell[]>, merges: { top: number; left: number; bottom: number; right: number }[]): Promise<{ ws: ExcelJS.Worksheet; xml: string }> {
  const bytes = await workbookBytes(async (out) => {
    const wb = new ExportWorkbookWriter({ stream: out, generatedAt: new Date('2026-03-01T08:00:00Z') })
    const ws = wb.addWorksheet('表', { pageSetup: { horizontalCentered: true } })
    writeSheetRows(ws, { lastRow: 4, heights: [20, undefined, 30], cells: (r) => cells[r] ?? [], merges, breaksAfter: new Set([3]) })
    await wb.commitSheet(ws)
    await wb.commit()
  })
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return { ws: wb.worksheets[0] as ExcelJS.Worksheet, xml: strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] as Uint8Array) }
}

describe('writeSheetRows', () => {
  it('reads as if every cell were set first and every range merged last', async () => {
    const { ws, xml } = await roundTrip(
      {
        1: [{ col: 1, value: '合并', style: bold }, { col: 2, value: '被覆盖', style: plain }],
        2: [{ col: 1, value: '下方被覆盖', style: plain }, { col: 2, style: plain }, { col: 3, value: 3, style: plain }],
        4: [{ col: 1, value: '末行', style: plain }],
      },
      [{ top: 1, left: 1, bottom: 2, right: 2 }],
    )
    expect(ws.model.merges).toEqual(['A1:B2'])
    for (const address of ['A1', 'B1', 'A2', 'B2']) expect(ws.getCell(address).font, address).toMatchObject({ bold: true })
    expect(ws.getCell('A1').value).toBe('合并')
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.Merge)
    expect([ws.getCell('C2').value, ws.getCell('C2').font?.italic]).toEqual([3, true])
    expect(ws.getCell('A4').value).toBe('末行')
    expect([ws.getRow(1).height, ws.getRow(3).height]).toEqual([20, 30])
    expect(ws.pageSetup.horizontalCentered).toBe(true)
    expect(xml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16838" man="1"/></rowBreaks>')
    expect(xml).toMatch(/<printOptions horizontalCentered="1"\/><pageMargins /)
  })
})
