// A wide two-sheet export written with exceljs, read as main reads it, mapped as the header suggests
// and imported in one go; the remembered-mapping file round trip, format upgrade and newer-format refusal.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { previewImport, suggestMapping, type ColumnMappingInput } from '../../core/import'
import { SAVED_MAPPINGS_VERSION } from '../../core/import/saved-mappings'
import { fenToYuanString, yuanToFen } from '../../core/money/money'
import { loadMappingStore, mappingStoreAt } from '../../electron/main/import/mapping-store'
import { readWorkbook } from '../../electron/main/import/read-workbook'
import { runImport } from '../../scripts/cli/import'
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
    expect(preview.sheetSummaries.map((s) => [s.sheet, s.lines, s.amount, s.projects])).toEqual([
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

  it('keeps both of two mappings remembered at the same moment', async () => {
    const [basic, projects] = await sheets()
    if (!basic || !projects) throw new Error('sheet missing')
    const store = mappingStoreAt(join(dir, 'concurrent.json'))
    const saved = await Promise.all([store.remember(basic, suggestMapping(basic) as ColumnMappingInput, '甲'), store.remember(projects, suggestMapping(projects) as ColumnMappingInput, '乙')])
    expect(saved.every((r) => r.ok)).toBe(true)
    const listed = await store.list()
    expect(listed.ok && listed.value.map((e) => e.name).sort()).toEqual(['乙', '甲'])
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

describe('npm run import -- --mapping', () => {
  const capture = () => {
    const lines: string[] = []
    return { lines, out: { log: (t: string) => lines.push(t), error: (t: string) => lines.push(t) } }
  }

  it('takes a saved mapping by name from the store file and imports every sheet it fits', async () => {
    const read = await sheets()
    const path = join(dir, 'cli-mappings.json')
    const store = mappingStoreAt(path)
    for (const s of read) expect((await store.remember(s, { ...(suggestMapping(s) as ColumnMappingInput), defaults: { projectCategory: 'operating' } }, s.name === '基本支出' ? '宽表-基本' : '宽表-项目')).ok).toBe(true)
    const file = join(dir, 'wide.xlsx')
    const target = join(dir, 'cli-out.json')
    const { lines, out } = capture()
    expect(await runImport([file, '--out', target, '--year', '2026', '--mapping', '宽表-项目', '--mapping-store', path], out)).toBe(0)
    // Both sheets have the header it was made for.
    expect(lines).toContain('已套用列对应“宽表-项目”：“基本支出”、“项目支出”')
    expect(lines).toContain(`  “项目支出”：预算行 ${wideLineCount(WIDE_SHEETS.项目支出)} 条（基本支出 0 条，项目支出 ${wideLineCount(WIDE_SHEETS.项目支出)} 条），单位 1 个，项目 2 个，合计 ${(wideTotalFen(WIDE_SHEETS.项目支出) / 1_000_000).toFixed(2)}万元`)
    const written = JSON.parse(readFileSync(target, 'utf8')) as { data: { lines: { amount: string }[] } }
    expect(written.data.lines.reduce((n, l) => n + yuanToFen(l.amount), 0)).toBe(wideTotalFen([...WIDE_SHEETS.基本支出, ...WIDE_SHEETS.项目支出]))

    const missing = capture()
    expect(await runImport([file, '--out', join(dir, 'none.json'), '--year', '2026', '--mapping', '没有这个', '--mapping-store', path], missing.out)).toBe(1)
    expect(missing.lines).toContain('没有名为“没有这个”的已保存列对应（已保存的有：“宽表-项目”、“宽表-基本”）')
    expect(existsSync(join(dir, 'none.json'))).toBe(false)
  })

  it('takes inline JSON for both sheets', async () => {
    const read = await sheets()
    const list = read.map((s) => ({ ...(suggestMapping(s) as ColumnMappingInput), defaults: { projectCategory: 'operating' } }))
    const { lines, out } = capture()
    const target = join(dir, 'cli-inline.json')
    expect(await runImport([join(dir, 'wide.xlsx'), '--out', target, '--year', '2026', '--mapping', JSON.stringify(list)], out)).toBe(0)
    const all = [...WIDE_SHEETS.基本支出, ...WIDE_SHEETS.项目支出]
    const written = JSON.parse(readFileSync(target, 'utf8')) as { data: { lines: { amount: string }[] } }
    expect(written.data.lines).toHaveLength(wideLineCount(all))
    expect(lines.filter((l) => l.startsWith('  “'))).toHaveLength(2)
  })
})
