// The import handlers for several sheets and remembered mappings: a wide two-sheet workbook previewed
// per sheet, mappings remembered by name, offered for the same header, renamed and deleted; a mapping
// file of a newer program version named in the workbook summary and left untouched.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SAVED_MAPPINGS_VERSION } from '../../../../core/import/saved-mappings'
import { fenToYuanString } from '../../../../core/money/money'
import { WIDE_SHEETS, wideTotalFen, writeWideWorkbook } from '../../../../tests/import/wide-workbook'
import { MAPPING_STORE_FILE } from '../../import/mapping-store'
import { testServices, value, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

const NAME = '宽表.xlsx'

describe('import handlers: several sheets and named mappings', () => {
  it('previews both sheets, remembers each by name, offers, renames and deletes them', async () => {
    s = await testServices('web')
    await writeWideWorkbook(join(s.workspace, NAME))
    const summary = value(await s.call('import:pickWorkbook', { name: NAME }))
    expect(summary.isTemplate).toBe(false)
    const mappings = summary.sheets.map((sh) => ({ ...(sh.suggested as NonNullable<typeof sh.suggested>), defaults: { projectCategory: 'operating' as const } }))
    expect(mappings.map((m) => [m.sheet, m.headerRows, m.amountColumns?.length])).toEqual([
      ['基本支出', 2, 4],
      ['项目支出', 2, 4],
    ])
    const preview = value(await s.call('import:preview', { mapping: mappings, options: { budgetYear: 2026 } }))
    expect(preview.ok).toBe(true)
    expect(preview.sheetSummaries.map((x) => [x.sheet, x.amount])).toEqual([
      ['基本支出', fenToYuanString(wideTotalFen(WIDE_SHEETS.基本支出))],
      ['项目支出', fenToYuanString(wideTotalFen(WIDE_SHEETS.项目支出))],
    ])

    value(await s.call('import:rememberMapping', { mapping: mappings[0] as (typeof mappings)[number], name: '一体化宽表' }))
    value(await s.call('import:rememberMapping', { mapping: mappings[1] as (typeof mappings)[number] }))
    expect(value(await s.call('import:listMappings', {})).entries.map((e) => e.name)).toEqual(['项目支出', '一体化宽表'])
    const again = value(await s.call('import:pickWorkbook', { name: NAME }))
    expect(again.sheets[0]?.remembered).toBe(true)
    expect(again.sheets[0]?.savedMappings.map((m) => m.name)).toEqual(['项目支出', '一体化宽表'])

    expect(await s.call('import:renameMapping', { from: '一体化宽表', to: '项目支出' })).toMatchObject({ ok: false, error: { message: '已有名为“项目支出”的列对应，请换一个名称' } })
    value(await s.call('import:renameMapping', { from: '一体化宽表', to: '预算系统宽表' }))
    value(await s.call('import:deleteMapping', { name: '项目支出' }))
    expect(value(await s.call('import:listMappings', {})).entries.map((e) => e.name)).toEqual(['预算系统宽表'])
    expect(await s.call('import:deleteMapping', { name: '项目支出' })).toMatchObject({ ok: false, error: { message: '没有名为“项目支出”的列对应' } })
  })

  it('names a mapping file of a newer version in the summary and never writes over it', async () => {
    s = await testServices('web')
    await writeWideWorkbook(join(s.workspace, NAME))
    const path = join(s.appData, MAPPING_STORE_FILE)
    const newer = JSON.stringify({ version: SAVED_MAPPINGS_VERSION + 1, entries: [] })
    await writeFile(path, newer)
    const summary = value(await s.call('import:pickWorkbook', { name: NAME }))
    expect(summary.savedMappingsProblem).toContain('较新版本的程序')
    expect(summary.sheets[0]?.remembered).toBe(false)
    const m = summary.sheets[0]?.suggested as NonNullable<(typeof summary.sheets)[number]['suggested']>
    expect(await s.call('import:rememberMapping', { mapping: m })).toMatchObject({ ok: false, error: { code: 'NEWER_VERSION' } })
    expect(await readFile(path, 'utf8')).toBe(newer)
  })
})
