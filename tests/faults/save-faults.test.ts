// Saving, journaling and opening under injected file-system faults, at the handler level (what the
// renderer receives). Tests run as root on Linux, where a locked file, a denied folder or a full
// disk cannot be produced for real, so the fs layer throws EBUSY/EPERM, EACCES and ENOSPC at each
// step of a save. The unit tests beside atomic-write.ts and the four cases in document.test.ts
// cover single steps; this is the whole matrix, plus the journal and open paths.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../../core/document/envelope'
import { faultyFs, type FsOp } from '../../electron/main/documents/fault-fs.test-helpers'
import { nodeFs } from '../../electron/main/documents/fs-layer'
import { testServices, type TestServices } from '../../electron/main/ipc/services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}
const isChinese = (t: string) => /[\u4e00-\u9fff]/.test(t)

const EXPECTED: Record<string, { code: string; text: string }> = {
  EBUSY: { code: 'FILE_LOCKED', text: '文件被其他程序占用' },
  EPERM: { code: 'NO_PERMISSION', text: '没有权限' },
  EACCES: { code: 'NO_PERMISSION', text: '没有权限' },
  ENOSPC: { code: 'DISK_FULL', text: '磁盘空间不足' },
}
/** Save steps on the document's own folder: temp file, its write and fsync, the `.bak` copy, the rename. */
const STEPS: FsOp[] = ['open', 'writeFile', 'sync', 'copyFile', 'rename']

/** A session with a saved document, a journal entry, and faults switched on by `arm`. */
async function savedSession(decide: (op: FsOp, path: string) => string | undefined) {
  let armed = false
  s = await testServices('web', { fs: faultyFs(nodeFs, (op, path) => (armed ? decide(op, path) : undefined)) })
  const doc = value(await s.call('document:new', { budgetYear: 2026, departmentName: '故障测试局' })).document
  value(await s.call('document:saveAs', { document: doc, name: '预算' }))
  value(await s.call('recovery:write', { document: { edit: 1, typed: '未保存的输入' } }))
  const file = join(s.workspace, '预算.ysgk.json')
  return { s, doc, file, before: await readFile(file, 'utf8'), arm: (on = true) => void (armed = on) }
}

const edited = (doc: BudgetDocument): BudgetDocument => ({ ...doc, data: { ...doc.data, department: { ...doc.data.department, displayName: '改名后的部门' } } })

describe('save under every fault at every step', () => {
  for (const code of Object.keys(EXPECTED)) {
    for (const step of STEPS) {
      it(`${code} on ${step}: a Chinese message or a complete save, never a half-written file`, async () => {
        const t = await savedSession((op, path) => (op === step && path.includes('workspace') ? code : undefined))
        const next = edited(t.doc)
        const snapshot = structuredClone(next)
        t.arm()
        const r = await t.s.call('document:save', { document: next })
        expect(next).toEqual(snapshot)
        const onDisk = await readFile(t.file, 'utf8')
        expect((await readdir(t.s.workspace)).filter((n) => n.endsWith('.tmp'))).toEqual([])
        if (r.ok) {
          // Only a `.bak` that cannot be written (locked, denied) may be skipped; the save itself is complete.
          expect(step).toBe('copyFile')
          expect(code).not.toBe('ENOSPC')
          expect(JSON.parse(onDisk).data.department.displayName).toBe('改名后的部门')
          expect(value(await t.s.call('recovery:check', {})).available).toBe(false)
          return
        }
        expect(r.error.code).toBe(EXPECTED[code]?.code)
        expect(r.error.message).toContain(EXPECTED[code]?.text)
        expect(onDisk).toBe(t.before)
        // The journal keeps the officer's edits until a save succeeds.
        expect(value(await t.s.call('recovery:check', {})).state).toEqual({ edit: 1, typed: '未保存的输入' })
        t.arm(false)
        value(await t.s.call('document:save', { document: next }))
        expect(JSON.parse(await readFile(t.file, 'utf8')).data.department.displayName).toBe('改名后的部门')
      })
    }
  }
})

describe('the recovery journal under faults', () => {
  for (const [code, step] of [['ENOSPC', 'writeFile'], ['EACCES', 'open'], ['EBUSY', 'rename'], ['EPERM', 'mkdir']] as const) {
    it(`${code} on ${step}: recovery:write answers in Chinese and the previous entry stays`, async () => {
      const t = await savedSession((op, path) => (op === step && path.includes('recovery') ? code : undefined))
      t.arm()
      const r = await t.s.call('recovery:write', { document: { edit: 2 } })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(isChinese(r.error.message)).toBe(true)
      t.arm(false)
      expect(value(await t.s.call('recovery:check', {})).state).toEqual({ edit: 1, typed: '未保存的输入' })
    })
  }
})

describe('opening under faults', () => {
  for (const code of ['EBUSY', 'EACCES', 'EPERM']) {
    it(`${code} while reading: a Chinese message, the open document stays bound to its file`, async () => {
      const t = await savedSession((op, path) => (op === 'readFile' && path.endsWith('其他.ysgk.json') ? code : undefined))
      await writeFile(join(t.s.workspace, '其他.ysgk.json'), t.before)
      t.arm()
      const r = await t.s.call('document:open', { name: '其他.ysgk.json' })
      expect(r).toMatchObject({ ok: false, error: { code: EXPECTED[code]?.code } })
      if (!r.ok) expect(r.error.message).toContain(EXPECTED[code]?.text)
      expect(t.s.session.currentPath).toBe(t.file)
    })
  }
})
