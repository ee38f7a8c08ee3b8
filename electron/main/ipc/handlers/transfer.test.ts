import { readFileSync } from 'node:fs'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import type { ExportWriter } from '../../export'
import { inlineCell, rawXlsx } from '../../../../tests/builders/raw-xlsx'
import { testServices, value, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

const fakeWriter =
  (ext: string): ExportWriter =>
  async (req) => {
    const file = join(req.outDir, `${req.baseName}.${ext}`)
    await writeFile(file, `内容 ${ext}`)
    return [file]
  }

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n')

async function exported(): Promise<TestServices> {
  const t = await testServices('web', { writers: { xlsx: fakeWriter('xlsx'), pdf: fakeWriter('pdf') } })
  const doc = value(await t.call('document:new', { budgetYear: 2026, departmentName: '示例局' })).document
  value(await t.call('document:saveAs', { document: doc, name: '示例局预算' }))
  value(await t.call('export:run', { document: doc, formats: ['xlsx', 'pdf'], draft: true }))
  return t
}

describe('web mode downloads', () => {
  it('hands each exported file and all of them as one zip to the browser', async () => {
    s = await exported()
    const one = value(await s.call('export:download', { file: '示例局预算.pdf' }))
    expect(one.name).toBe('示例局预算.pdf')
    expect(one.mime).toBe('application/pdf')
    expect(Buffer.from(one.base64, 'base64').toString('utf8')).toBe('内容 pdf')
    const all = value(await s.call('export:download', { all: true }))
    expect(all.name).toBe('示例局预算.zip')
    const entries = unzipSync(Buffer.from(all.base64, 'base64'))
    expect(Object.keys(entries).sort()).toEqual(['示例局预算.pdf', '示例局预算.xlsx'])
    expect(strFromU8(entries['示例局预算.xlsx'] as Uint8Array)).toBe('内容 xlsx')
  })

  it('refuses anything outside the last export and before any export', async () => {
    s = await testServices('web', {})
    expect(await s.call('export:download', { all: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await s.cleanup()
    s = await exported()
    for (const file of ['../示例局预算.ysgk.json', '../../etc/passwd', 'a/b/c.pdf', '..', '/etc/passwd', 'C:\\x.pdf']) {
      const r = await s.call('export:download', { file })
      expect(r.ok, file).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})

describe('web mode uploads', () => {
  it('writes a workbook or a PDF from the officer’s disk into the workspace, where the lists find it', async () => {
    s = await testServices('web', {})
    const xlsx = readFileSync(join(__dirname, '..', '..', '..', '..', 'templates', '2026', 'indicator-library.json'))
    expect(await s.call('workspace:upload', { kind: 'workbook', name: '支出.xlsx', base64: xlsx.toString('base64') })).toMatchObject({ ok: false })
    const zipLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)])
    expect(await s.call('workspace:upload', { kind: 'workbook', name: '支出.xlsx', base64: zipLike.toString('base64') })).toMatchObject({ ok: false, error: { message: '“支出.xlsx”：所选文件不是 .xlsx 文件：压缩包已损坏或不完整，无法打开；请确认文件已完整保存或下载' } })
    const workbook = Buffer.from(rawXlsx([{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', '科目')}</row></sheetData>` }]))
    expect(value(await s.call('workspace:upload', { kind: 'workbook', name: '支出.xlsx', base64: workbook.toString('base64') }))).toEqual({ name: '支出.xlsx' })
    expect(value(await s.call('import:listWorkbooks', {})).files.map((f) => f.name)).toEqual(['支出.xlsx'])
    expect(value(await s.call('workspace:upload', { kind: 'attachment', name: '批复.pdf', base64: PDF.toString('base64') }))).toEqual({ name: '批复.pdf' })
    expect(value(await s.call('attachment:list', {})).files.map((f) => f.name)).toContain('批复.pdf')
    expect((await readdir(s.workspace)).filter((n) => !n.startsWith('.')).sort()).toEqual(['批复.pdf', '支出.xlsx'])
  })

  it('refuses names with folders, the wrong kind and the desktop app', async () => {
    s = await testServices('web', {})
    expect(await s.call('workspace:upload', { kind: 'attachment', name: '../批复.pdf', base64: PDF.toString('base64') })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(await s.call('workspace:upload', { kind: 'attachment', name: '批复.xlsx', base64: PDF.toString('base64') })).toMatchObject({ ok: false })
    expect(await s.call('workspace:upload', { kind: 'workbook', name: '表.xls', base64: PDF.toString('base64') })).toMatchObject({ ok: false })
    await s.cleanup()
    s = await testServices('electron', {})
    expect(await s.call('workspace:upload', { kind: 'attachment', name: '批复.pdf', base64: PDF.toString('base64') })).toMatchObject({ ok: false })
  })
})
