import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterEach, describe, expect, it } from 'vitest'
import { testServices, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

async function pdfBytes(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842])
  return pdf.save()
}

describe('attachment handlers (web mode)', () => {
  it('lists the workspace PDFs and copies the chosen one into 附件/', async () => {
    s = await testServices('web')
    await writeFile(join(s.workspace, '政府购买服务目录.pdf'), await pdfBytes(2))
    await writeFile(join(s.workspace, '说明.txt'), 'x')
    const listed = await s.call('attachment:list', {})
    expect(listed.ok && listed.value.files.map((f) => f.name)).toEqual(['政府购买服务目录.pdf'])
    const picked = await s.call('attachment:pick', { name: '政府购买服务目录.pdf' })
    expect(picked).toEqual({ ok: true, value: { path: '附件/政府购买服务目录.pdf', title: '政府购买服务目录', pages: 2, copied: true } })
  })

  it('refuses a file that is not a PDF, a name outside the workspace and a missing name', async () => {
    s = await testServices('web')
    await writeFile(join(s.workspace, '假的.pdf'), 'not a pdf at all')
    expect(await s.call('attachment:pick', { name: '假的.pdf' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: '“假的.pdf”不是 PDF 文件，请选择 PDF 格式的附件' } })
    expect(await s.call('attachment:pick', { name: '../外面.pdf' as never })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(await s.call('attachment:pick', { name: '没有.pdf' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await s.call('attachment:pick', {})).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('refuses a FIFO named *.pdf without hanging', async () => {
    s = await testServices('web')
    execFileSync('mkfifo', [join(s.workspace, '管道.pdf')])
    expect(await s.call('attachment:pick', { name: '管道.pdf' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: '“管道.pdf”不是普通文件，请选择 PDF 文件' } })
  })

  it('refuses a damaged PDF', async () => {
    s = await testServices('web')
    const bytes = await pdfBytes(1)
    await writeFile(join(s.workspace, '坏.pdf'), bytes.subarray(0, 40))
    expect(await s.call('attachment:pick', { name: '坏.pdf' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: '“坏.pdf”不是有效的 PDF 文件（文件可能已损坏）' } })
  })
})

describe('attachment handlers (Electron)', () => {
  it('asks to save first, then copies the picked PDF into 附件/ beside the document', async () => {
    let chosen: string | null = null
    s = await testServices('electron', {}, { showOpen: async () => chosen, showSave: async (o) => o.defaultPath })
    const t = s
    await mkdir(join(t.dir, 'documents'), { recursive: true })
    expect(await t.call('attachment:pick', {})).toMatchObject({ ok: false, error: { code: 'NO_PATH' } })
    const created = await t.call('document:new', { budgetYear: 2026, departmentName: '示例局' })
    if (!created.ok) throw new Error(created.error.message)
    const saved = await t.call('document:saveAs', { document: created.value.document })
    if (!saved.ok) throw new Error(saved.error.message)
    const elsewhere = join(t.dir, 'downloads')
    await mkdir(elsewhere, { recursive: true })
    const bytes = await pdfBytes(3)
    chosen = join(elsewhere, '目录.pdf')
    await writeFile(chosen, bytes)
    const first = await t.call('attachment:pick', {})
    expect(first).toEqual({ ok: true, value: { path: '附件/目录.pdf', title: '目录', pages: 3, copied: true } })
    const docDir = join(t.dir, 'documents')
    expect(Buffer.compare(await readFile(join(docDir, '附件', '目录.pdf')), Buffer.from(bytes))).toBe(0)
    // The same file again is reused; a different file of the same name gets its own name.
    expect(await t.call('attachment:pick', {})).toMatchObject({ ok: true, value: { path: '附件/目录.pdf', copied: false } })
    await writeFile(chosen, await pdfBytes(1))
    expect(await t.call('attachment:pick', {})).toMatchObject({ ok: true, value: { path: '附件/目录（2）.pdf', pages: 1, copied: true } })
    // A file already beside the document is used where it is.
    chosen = join(docDir, '附件', '目录.pdf')
    expect(await t.call('attachment:pick', {})).toMatchObject({ ok: true, value: { path: '附件/目录.pdf', copied: false } })
    chosen = null
    expect(await t.call('attachment:pick', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
  })
})
