import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { testServices, value, type TestServices } from '../services.test-helpers'
import { decodeCsv } from '../../import/read-catalog-file'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

describe('catalog handlers (导入科目表)', () => {
  it('reads a CSV with a BOM from the workspace: codes by kind, unreadable rows reported', async () => {
    s = await testServices('web')
    await writeFile(join(s.workspace, '2026科目表.csv'), '\uFEFF科目编码,科目名称\n20138,市场监督管理事务\n2013801,行政运行\n30203,咨询费\n12,坏\n')
    expect(value(await s.call('catalog:listFiles', {})).files.map((f) => f.name)).toEqual(['2026科目表.csv'])
    const r = value(await s.call('catalog:import', { name: '2026科目表.csv' }))
    expect(r.file).toBe('2026科目表.csv')
    expect(r.entries).toEqual([
      { kind: 'functional', code: '20138', name: '市场监督管理事务' },
      { kind: 'functional', code: '2013801', name: '行政运行' },
      { kind: 'economicDepartment', code: '30203', name: '咨询费' },
    ])
    expect(r.problems.map((p) => p.row)).toEqual([5])
  })

  it('reads every sheet of an xlsx and refuses other files and paths outside the workspace', async () => {
    s = await testServices('web')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('功能分类')
    ws.addRows([['2026年支出功能分类科目'], ['科目编码', '科目名称'], [2013801, '行政运行'], ['2013899', '其他市场监督管理事务']])
    wb.addWorksheet('说明').addRow(['本表由预算管理一体化系统导出'])
    await wb.xlsx.writeFile(join(s.workspace, '科目表.xlsx'))
    const r = value(await s.call('catalog:import', { name: '科目表.xlsx' }))
    expect(r.entries.map((e) => e.code)).toEqual(['2013801', '2013899'])
    expect(await s.call('catalog:import', { name: '科目表.pdf' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect((await s.call('catalog:import', { name: '../科目表.csv' })).ok).toBe(false)
  })

  it('decodes GBK when the bytes are not UTF-8 (Excel “CSV” on Chinese Windows)', () => {
    // 科目 in GBK: BF C6 C4 BF
    expect(decodeCsv(new Uint8Array([0xbf, 0xc6, 0xc4, 0xbf]))).toBe('科目')
    expect(decodeCsv(new TextEncoder().encode('\uFEFF科目'))).toBe('科目')
  })
})
