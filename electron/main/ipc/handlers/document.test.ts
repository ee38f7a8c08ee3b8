import { execFileSync } from 'node:child_process'
import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../../../core/document/envelope'
import { failing, faultyFs } from '../../documents/fault-fs.test-helpers'
import { nodeFs } from '../../documents/fs-layer'
import { testServices, value, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

async function newDoc(t: TestServices, year = 2026): Promise<BudgetDocument> {
  return value(await t.call('document:new', { budgetYear: year, departmentName: '示例局' })).document
}

describe('document handlers (web mode)', () => {
  it('creates a valid blank document for a template year', async () => {
    s = await testServices('web')
    const doc = await newDoc(s, 2026)
    expect(doc).toMatchObject({ format: 'budget-disclosure', schemaVersion: 1, templateYear: 2026, data: { department: { displayName: '示例局', budgetYear: 2026 } } })
    expect(doc.data.units).toHaveLength(1)
    expect((await newDoc(s, 2030)).templateYear).toBe(2027)
  })

  it('save without a file asks for save-as; save-as, list, open, save round-trip in the workspace', async () => {
    s = await testServices('web')
    const doc = await newDoc(s)
    expect(await s.call('document:save', { document: doc })).toMatchObject({ ok: false, error: { code: 'NO_PATH' } })
    const saved = value(await s.call('document:saveAs', { document: doc, name: '示例局2026' }))
    expect(saved.ref).toEqual({ name: '示例局2026.ysgk.json', location: '工作文件夹' })
    const files = value(await s.call('document:list', {})).files
    expect(files.map((f) => f.name)).toEqual(['示例局2026.ysgk.json'])
    const opened = value(await s.call('document:open', { name: '示例局2026.ysgk.json' }))
    expect(opened.document.data).toEqual(doc.data)
    const edited = { ...opened.document, data: { ...opened.document.data, department: { ...opened.document.data.department, displayName: '改名局' } } }
    value(await s.call('document:save', { document: edited }))
    const onDisk = JSON.parse(await readFile(join(s.workspace, '示例局2026.ysgk.json'), 'utf8'))
    expect(onDisk.data.department.displayName).toBe('改名局')
    expect(await readFile(join(s.workspace, '示例局2026.ysgk.json.bak'), 'utf8')).toContain('示例局')
  })

  it('refuses names that leave the workspace', async () => {
    s = await testServices('web')
    const doc = await newDoc(s)
    for (const name of ['../escape', 'sub/x', '..']) {
      const r = await s.call('document:saveAs', { document: doc, name })
      expect(r.ok, name).toBe(false)
    }
    expect(await readdir(s.dir)).not.toContain('escape.ysgk.json')
  })

  it('explains a broken or newer file in Chinese, with field paths', async () => {
    s = await testServices('web')
    await mkdir(s.workspace, { recursive: true })
    await writeFile(join(s.workspace, 'broken.json'), '{"format":"budget-disclosure","schemaVersion":1,"appVersion":"x","templateYear":2026,"savedAt":"","data":{"units":[]}}')
    await writeFile(join(s.workspace, 'newer.json'), '{"format":"budget-disclosure","schemaVersion":99}')
    const broken = await s.call('document:open', { name: 'broken.json' })
    expect(broken).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT' } })
    if (!broken.ok) expect(broken.error.details?.some((d) => d.startsWith('data.'))).toBe(true)
    expect(await s.call('document:open', { name: 'newer.json' })).toMatchObject({ ok: false, error: { code: 'NEWER_VERSION' } })
    expect(await s.call('document:open', { name: 'missing.json' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses a FIFO named *.json at once instead of hanging, and asks before saving over a read-only file', async () => {
    s = await testServices('web')
    execFileSync('mkfifo', [join(s.workspace, '管道.json')])
    expect(await s.call('document:open', { name: '管道.json' })).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT', message: '所选的不是普通文件，无法作为文档打开' } })
    const doc = value(await s.call('document:new', { budgetYear: 2026, departmentName: '示例局' })).document
    value(await s.call('document:saveAs', { document: doc, name: '只读' }))
    const file = join(s.workspace, '只读.ysgk.json')
    await chmod(file, 0o444)
    expect(await s.call('document:save', { document: doc })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    value(await s.call('document:save', { document: doc, replaceReadOnly: true }))
  })

  it('opens the samples without binding them to a file', async () => {
    s = await testServices('web')
    const sample = value(await s.call('document:openSample', { id: '001' })).document
    expect(sample.data.department.budgetYear).toBe(2024)
    expect(await s.call('document:save', { document: sample })).toMatchObject({ ok: false, error: { code: 'NO_PATH' } })
  })

  it('remembers recent files by opaque id', async () => {
    s = await testServices('web')
    const doc = await newDoc(s)
    value(await s.call('document:saveAs', { document: doc, name: 'a' }))
    value(await s.call('document:saveAs', { document: doc, name: 'b' }))
    const recent = value(await s.call('document:recent', {})).files
    expect(recent.map((f) => f.name)).toEqual(['b.ysgk.json', 'a.ysgk.json'])
    expect(JSON.stringify(recent)).not.toContain(s.workspace)
    const reopened = value(await s.call('document:openRecent', { id: recent[1]?.id ?? '' }))
    expect(reopened.ref.name).toBe('a.ysgk.json')
    expect(await s.call('document:openRecent', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('saving under injected file-system errors', () => {
  const cases = [
    { code: 'EBUSY', expected: 'FILE_LOCKED', text: '文件被其他程序占用' },
    { code: 'EACCES', expected: 'NO_PERMISSION', text: '没有权限' },
    { code: 'EPERM', expected: 'NO_PERMISSION', text: '没有权限' },
    { code: 'ENOSPC', expected: 'DISK_FULL', text: '磁盘空间不足' },
  ] as const
  for (const c of cases) {
    it(`${c.code}: Chinese message, old file intact, document untouched, journal kept`, async () => {
      let fail = false
      const workspaceFile = (p: string) => p.includes('workspace')
      const decide = (op: string, p: string) => (fail && workspaceFile(p) && (c.code === 'ENOSPC' ? op === 'writeFile' : op === (c.code === 'EACCES' ? 'open' : 'rename')) ? c.code : undefined)
      s = await testServices('web', { fs: faultyFs(nodeFs, decide) })
      const doc = await newDoc(s)
      value(await s.call('document:saveAs', { document: doc, name: '预算' }))
      const before = await readFile(join(s.workspace, '预算.ysgk.json'), 'utf8')
      value(await s.call('recovery:write', { document: { typed: '未保存的输入' } }))
      const edited: BudgetDocument = { ...doc, data: { ...doc.data, department: { ...doc.data.department, displayName: '新名称' } } }
      const snapshot = structuredClone(edited)
      fail = true
      const r = await s.call('document:save', { document: edited })
      expect(r).toMatchObject({ ok: false, error: { code: c.expected } })
      if (!r.ok) expect(r.error.message).toContain(c.text)
      expect(edited).toEqual(snapshot)
      expect(await readFile(join(s.workspace, '预算.ysgk.json'), 'utf8')).toBe(before)
      expect((await readdir(s.workspace)).filter((n) => n.endsWith('.tmp'))).toEqual([])
      const check = value(await s.call('recovery:check', {}))
      expect(check.state).toEqual({ typed: '未保存的输入' })
      fail = false
      value(await s.call('document:save', { document: edited }))
      expect(value(await s.call('recovery:check', {})).available).toBe(false)
    })
  }
})

describe('document handlers (Electron mode)', () => {
  it('opens and saves only where the main-side dialog points, adding the extension', async () => {
    let savePath = ''
    s = await testServices('electron', {}, { showSave: async () => savePath, showOpen: async () => savePath.replace(/$/, '.ysgk.json') })
    savePath = join(s.dir, '报表')
    const doc = await newDoc(s)
    const saved = value(await s.call('document:saveAs', { document: doc }))
    expect(saved.ref).toEqual({ name: '报表.ysgk.json', location: s.dir })
    const opened = value(await s.call('document:open', {}))
    expect(opened.ref.name).toBe('报表.ysgk.json')
  })

  it('a cancelled dialog is CANCELLED, not an error to show', async () => {
    s = await testServices('electron')
    const doc = await newDoc(s)
    expect(await s.call('document:saveAs', { document: doc })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(await s.call('document:open', {})).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
  })

  it('hands over a document from the command line once', async () => {
    s = await testServices('electron')
    expect(value(await s.call('document:takePending', {})).pending).toBeNull()
    const doc = await newDoc(s)
    const file = join(s.dir, 'cli.ysgk.json')
    await writeFile(file, JSON.stringify(doc))
    s.session.pendingOpenPath = file
    const taken = value(await s.call('document:takePending', {}))
    expect(taken.pending?.ref.name).toBe('cli.ysgk.json')
    expect(value(await s.call('document:takePending', {})).pending).toBeNull()
    expect(s.session.currentPath).toBe(file)
  })
})

describe('failing', () => {
  it('helper fails only matching paths', async () => {
    const fs = faultyFs(nodeFs, failing('stat', 'EACCES', 1, (p) => p.endsWith('x')))
    await expect(fs.stat('/x')).rejects.toMatchObject({ code: 'EACCES' })
    await expect(fs.stat('/')).resolves.toBeDefined()
  })
})
