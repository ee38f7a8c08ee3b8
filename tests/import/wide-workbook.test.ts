// A wide two-sheet export written with exceljs, read as main reads it, mapped as the header suggests
// and imported in one go; the remembered-mapping file round trip, format upgrade and newer-format refusal.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { previewImport, suggestMapping, type ColumnMappingInput } from '../../core/import'
import { SAVED_MAPPINGS_VERSION } from '../../core/import/saved-mappings'
import { fenToYuanString, yuanToFen } from '../../core/money/money'
import { loadMappingStore, mappingStoreAt } from '../../electron/main/import/mapping-store'
import { readWorkbook } from '../../electron/main/import/read-workbook'
import { catalogFor } from '../builders/catalog'
import { WIDE_SHEETS, wideLineCount, wideTotalFen, writeWideWorkbook } from './wide-workbook'

const dir = mkdtempSync(join(tmpdir(), 'import-wide-'))

async function sheets() {
  const file = join(dir, 'wide.xlsx')
  await writeWideWorkbook(file)
  return readWorkbook(file)
}

describe('a wide two-sheet workbook written with exceljs', () => {
  it('is mapped from its two-row header and imports both sheets, totals equal to the cells', async () => {
    const read = await sheets()
    expect(read.map((s) => s.name)).toEqual(['基本支出', '项目支出'])
    const mappings = read.map((s) => ({ ...(suggestMapping(s) as ColumnMappingInput), defaults: { projectCategory: 'operating' as const } }))
    for (const m of mappings) {
      expect(m).toMatchObject({ headerRow: 3, headerRows: 2, columns: { unit: 0, functionCode: 1, economicCode: 2, project: 3 } })
      expect(m.amountColumns?.map((a) => [a.column, a.source, a.period])).toEqual([
        [4, 'general', 'current'],
        [5, 'general', 'carryover'],
        [6, 'fund', 'current'],
        [7, 'fund', 'carryover'],
      ])
    }
    const preview = previewImport(read, mappings, undefined, catalogFor(2026), { budgetYear: 2026 })
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([])
    const lines = preview.resultingDocument?.data.lines ?? []
    const all = [...WIDE_SHEETS.基本支出, ...WIDE_SHEETS.项目支出]
    expect(lines).toHaveLength(wideLineCount(all))
    expect(lines.reduce((n, l) => n + yuanToFen(l.amount), 0)).toBe(wideTotalFen(all))
    expect(preview.sheets.map((s) => [s.sheet, s.lines, s.amount, s.projects])).toEqual([
      ['基本支出', wideLineCount(WIDE_SHEETS.基本支出), fenToYuanString(wideTotalFen(WIDE_SHEETS.基本支出)), 0],
      ['项目支出', wideLineCount(WIDE_SHEETS.项目支出), fenToYuanString(wideTotalFen(WIDE_SHEETS.项目支出)), 2],
    ])
    // The 合计 row (formulas) is skipped, not added a second time.
    expect(preview.skipped.filter((s) => s.reason === '合计行，不导入').map((s) => [s.sheet, s.row])).toEqual([
      ['基本支出', 6],
      ['项目支出', 6],
    ])
  })
})

describe('the remembered-mapping file', () => {
  it('keeps named mappings across loads, renames and deletes them', async () => {
    const [basic] = await sheets()
    if (!basic) throw new Error('sheet missing')
    const path = join(dir, 'mappings.json')
    const store = mappingStoreAt(path, () => new Date('2026-03-01T00:00:00Z'))
    const m = suggestMapping(basic) as ColumnMappingInput
    expect((await store.remember(basic, m, '一体化导出')).ok).toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(SAVED_MAPPINGS_VERSION)
    const again = mappingStoreAt(path)
    expect((await again.recall(basic))?.mapping).toEqual({ ...m, headerRows: 2, defaults: {} })
    expect((await again.rename('一体化导出', '预算系统宽表')).ok).toBe(true)
    expect(await again.list()).toMatchObject({ ok: true, value: [{ name: '预算系统宽表', sheetName: '基本支出' }] })
    expect(await again.rename('不存在', 'x')).toMatchObject({ ok: false, error: { message: '没有名为“不存在”的列对应' } })
    expect((await again.remove('预算系统宽表')).ok).toBe(true)
    expect(await again.matching(basic)).toEqual([])
  })

  it('refuses a file of a newer format with the reason, and never overwrites it', async () => {
    const [basic] = await sheets()
    if (!basic) throw new Error('sheet missing')
    const path = join(dir, 'newer.json')
    const newer = `${JSON.stringify({ version: SAVED_MAPPINGS_VERSION + 1, entries: [{ future: true }] })}\n`
    writeFileSync(path, newer)
    const loaded = await loadMappingStore(path)
    expect(loaded).toMatchObject({ ok: false, error: { code: 'NEWER_VERSION' } })
    expect(!loaded.ok && loaded.error.message).toContain('较新版本的程序')
    const store = mappingStoreAt(path)
    expect(await store.remember(basic, suggestMapping(basic) as ColumnMappingInput)).toMatchObject({ ok: false, error: { code: 'NEWER_VERSION' } })
    expect(await store.matching(basic)).toEqual([])
    expect(readFileSync(path, 'utf8')).toBe(newer)
  })
})
