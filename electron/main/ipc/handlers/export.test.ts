import { writeFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ExportWriter } from '../../export'
import type { ExportRequest } from '../../export/writers'
import { testServices, value, type TestServices } from '../services.test-helpers'
import { envelope } from '../../../../tests/builders/document-builder'
import { readyDocument, readyMultiUnitDocument } from '../../../../tests/inspection/inspection-fixtures'
import { exportBaseName, overallPercent } from './export'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

const fakeWriter =
  (ext: string): ExportWriter =>
  async (req) => {
    req.onProgress?.(1, 2, '表1')
    req.onProgress?.(2, 2, '表2')
    const { writeFile } = await import('node:fs/promises')
    const file = join(req.outDir, `${req.baseName}.${ext}`)
    await writeFile(file, ext)
    return [file]
  }

describe('export handlers', () => {
  it('web mode: writes into 导出/<document name>/ with progress, then reports the folder', async () => {
    s = await testServices('web', { writers: { xlsx: fakeWriter('xlsx'), pdf: fakeWriter('pdf') } })
    const emitted: unknown[] = []
    s.deps.emit = (_e, p) => void emitted.push(p)
    const doc = value(await s.call('document:new', { budgetYear: 2026, departmentName: '示例局' })).document
    value(await s.call('document:saveAs', { document: doc, name: '示例局预算' }))
    const r = value(await s.call('export:run', { document: doc, formats: ['xlsx', 'pdf'], draft: true }))
    expect(r).toEqual({ folder: join('导出', '示例局预算'), files: ['示例局预算.xlsx', '示例局预算.pdf'] })
    expect((await readdir(join(s.workspace, '导出', '示例局预算'))).sort()).toEqual(['示例局预算.pdf', '示例局预算.xlsx'])
    const percents = emitted.map((p) => (p as { percent: number }).percent)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(emitted.at(-1)).toEqual({ running: false, percent: 100, label: '导出完成' })
    expect(value(await s.call('export:progress', {}))).toEqual({ running: false, percent: 100, label: '导出完成' })
    expect(value(await s.call('export:openFolder', {}))).toEqual({ folder: join('导出', '示例局预算') })
  })

  it('marks the files as 核对稿 while main’s own 体检 finds errors, and not once it passes', async () => {
    const seen: (ExportRequest['draft'] | undefined)[] = []
    const recording: ExportWriter = async (req) => {
      seen.push(req.draft)
      return fakeWriter('pdf')(req)
    }
    s = await testServices('web', { writers: { pdf: recording } })
    const empty = value(await s.call('document:new', { budgetYear: 2026, departmentName: '示例局' })).document
    value(await s.call('export:run', { document: empty, formats: ['pdf'], draft: true }))
    value(await s.call('export:run', { document: envelope(readyDocument()), formats: ['pdf'] }))
    expect(seen[0]?.errors).toBeGreaterThan(0)
    expect(seen[1]).toBeUndefined()
  })

  it('refuses a final Excel, PDF or Word export while main’s own 体检 finds errors, in Chinese, writing nothing', async () => {
    const calls: string[] = []
    const counting =
      (ext: string): ExportWriter =>
      async (req) => {
        calls.push(ext)
        return fakeWriter(ext)(req)
      }
    s = await testServices('web', { writers: { xlsx: counting('xlsx'), pdf: counting('pdf'), docx: counting('docx'), json: counting('json') } })
    const empty = value(await s.call('document:new', { budgetYear: 2026, departmentName: '示例局' })).document
    value(await s.call('document:saveAs', { document: empty, name: '示例局预算' }))
    for (const formats of [['xlsx'], ['pdf'], ['docx'], ['json', 'pdf']] as const) {
      const r = await s.call('export:run', { document: empty, formats: [...formats] })
      expect(r.ok).toBe(false)
      const message = r.ok ? '' : r.error.message
      expect(message).toMatch(/^未导出：发布前体检发现 [1-9]\d* 个错误/)
      expect(message).toContain('导出核对稿')
      expect(message).toMatch(/第一个错误：\[[A-Z]\d+\]/)
    }
    expect(calls).toEqual([])
    expect(value(await s.call('export:progress', {})).running).toBe(false)
    // The data copy is not a publication; the 核对稿 is what the officer may circulate.
    expect(value(await s.call('export:run', { document: empty, formats: ['json'] })).files).toHaveLength(1)
    expect(value(await s.call('export:run', { document: empty, formats: ['pdf', 'docx'], draft: true })).files).toEqual(['示例局预算.pdf', '示例局预算.docx'])
    expect(calls).toEqual(['json', 'pdf', 'docx'])
    // Once the 体检 passes, the final export goes through.
    expect(value(await s.call('export:run', { document: envelope(readyDocument()), formats: ['xlsx'] })).files).toHaveLength(1)
  })

  it('Electron: exports to the folder picked in the dialog and opens it', async () => {
    const openPath = vi.fn(async () => '')
    let picked = ''
    s = await testServices('electron', { writers: { json: fakeWriter('json') } }, { pickFolder: async () => picked, openPath })
    picked = join(s.dir, '导出到这里')
    const doc = value(await s.call('document:new', { budgetYear: 2026, departmentName: '示例局' })).document
    expect(await s.call('export:openFolder', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const r = value(await s.call('export:run', { document: doc, formats: ['json'] }))
    expect(r).toEqual({ folder: picked, files: ['示例局2026年部门预算公开.json'] })
    value(await s.call('export:openFolder', {}))
    expect(openPath).toHaveBeenCalledWith(picked)
  })

  it('refuses Excel/PDF while a line code has no name, naming the code; names in the document clear it', async () => {
    s = await testServices('web', { writers: { xlsx: fakeWriter('xlsx'), pdf: fakeWriter('pdf') } })
    const doc = value(await s.call('document:openSample', { id: '000' })).document
    const first = doc.data.lines[0]!
    doc.data.lines[0] = { ...first, functionCode: '2013801' }
    const r = await s.call('export:run', { document: doc, formats: ['xlsx'] })
    expect(r).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED' } })
    expect(r.ok ? '' : r.error.message).toContain('2013801')
    doc.data.ownCatalog = { functional: [{ code: '2013801', name: '行政运行' }, { code: '20138', name: '市场监督管理事务' }] }
    expect(value(await s.call('export:run', { document: doc, formats: ['xlsx'], draft: true })).files).toHaveLength(1)
  })

  it('a failing writer gives EXPORT_FAILED in Chinese and the export can run again', async () => {
    const broken: ExportWriter = async () => {
      throw new Error('pdf 导出尚未提供')
    }
    s = await testServices('web', { writers: { pdf: broken } })
    const doc = value(await s.call('document:new', { budgetYear: 2026 })).document
    const r = await s.call('export:run', { document: doc, formats: ['pdf'], draft: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED', message: 'PDF 导出失败：pdf 导出尚未提供' } })
    expect(value(await s.call('export:progress', {})).running).toBe(false)
  })

  it('file-system errors from a writer get the Chinese file message', async () => {
    const full: ExportWriter = async () => {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
    }
    s = await testServices('web', { writers: { xlsx: full } })
    const doc = value(await s.call('document:new', { budgetYear: 2026 })).document
    expect(await s.call('export:run', { document: doc, formats: ['xlsx'], draft: true })).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } })
  })

  it('the real JSON writer runs through the handler', async () => {
    s = await testServices('web')
    const doc = value(await s.call('document:openSample', { id: '000' })).document
    const r = value(await s.call('export:run', { document: doc, formats: ['json'] }))
    expect(r.files).toHaveLength(1)
    expect(r.files[0]).toMatch(/\.tables\.json$/)
  })

  it('audits the real PDF and Excel: export:run answers 导出文件已复核', async () => {
    s = await testServices('web')
    const doc = envelope(readyDocument())
    const r = value(await s.call('export:run', { document: doc, formats: ['xlsx', 'pdf'] }))
    expect(r.audit).toMatchObject({ passed: true, mismatches: [] })
    expect(r.audit?.message).toBe(`导出文件已复核：${r.audit?.checked} 个数字一致`)
    expect(r.audit?.checked).toBeGreaterThan(50)
  })

  it('export:units writes each 所属单位’s 单位预算公开 into 单位预算公开/, checked and re-read', async () => {
    s = await testServices('web')
    const doc = envelope(readyMultiUnitDocument())
    const r = value(await s.call('export:units', { document: doc, formats: ['pdf'] }))
    expect(r.folder).toBe(join('导出', '示例局[部门]2026年部门预算公开', '单位预算公开'))
    expect(r.units.map((u) => [u.name, u.files, u.allowed, u.errors, u.audit?.passed])).toEqual([
      ['示例局', ['示例局.pdf'], true, 0, true],
      ['示例服务中心', ['示例服务中心.pdf'], true, 0, true],
    ])
    expect((await readdir(join(s.workspace, r.folder))).sort()).toEqual(['示例局.pdf', '示例服务中心.pdf'])
    const single = await s.call('export:units', { document: envelope(readyDocument()), formats: ['pdf'] })
    expect(single).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED', message: '部门只有一个单位，部门预算公开即该单位的预算公开，无需另行生成' } })
  })

  it('refuses a second export while one runs', async () => {
    let release: () => void = () => undefined
    // The writer writes what it reports: the files are moved from the staging folder into place.
    const slow: ExportWriter = (req) =>
      new Promise((resolve) => {
        release = () => {
          writeFileSync(join(req.outDir, 'x.pdf'), '%PDF-')
          resolve([join(req.outDir, 'x.pdf')])
        }
      })
    s = await testServices('web', { writers: { pdf: slow } })
    const doc = value(await s.call('document:new', { budgetYear: 2026 })).document
    const first = s.call('export:run', { document: doc, formats: ['pdf'], draft: true })
    await vi.waitFor(() => expect(s?.session.exportProgress.running).toBe(true))
    expect(await s.call('export:run', { document: doc, formats: ['pdf'] })).toMatchObject({ ok: false, error: { code: 'EXPORT_FAILED', message: '正在导出，请等待当前导出完成' } })
    await vi.waitFor(() => expect(s?.session.exportProgress.label).toBe('正在导出 PDF'))
    release()
    expect((await first).ok).toBe(true)
  })

  it('computes overall progress and base names', () => {
    expect(overallPercent(0, 2, 0, 1)).toBe(0)
    expect(overallPercent(0, 2, 1, 2)).toBe(25)
    expect(overallPercent(1, 2, 2, 2)).toBe(100)
    expect(overallPercent(0, 1, 5, 0)).toBe(0)
    expect(exportBaseName('/a/b/预算.ysgk.json', 'x', 2026)).toBe('预算')
    expect(exportBaseName(null, '示例局', 2026)).toBe('示例局2026年部门预算公开')
  })
})
