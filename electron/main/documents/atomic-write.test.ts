import { chmod, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Writable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { atomicWrite, BAK_SUFFIX, readOnlyMessage, RENAME_RETRY_DELAYS_MS } from './atomic-write'
import { failing, faultyFs } from './fault-fs.test-helpers'
import { nodeFs } from './fs-layer'

let dir: string
let target: string
const noSleep = async () => undefined

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-'))
  target = join(dir, '预算.ysgk.json')
  await writeFile(target, 'OLD')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const leftovers = async () => (await readdir(dir)).filter((n) => n.endsWith('.tmp'))

describe('atomicWrite', () => {
  it('keeps the replaced file’s mode: a private 0600 document stays private', async () => {
    await chmod(target, 0o600)
    expect((await atomicWrite(target, 'NEW', { fs: nodeFs, keepBak: true })).ok).toBe(true)
    expect((await stat(target)).mode & 0o777).toBe(0o600)
    expect(await readFile(target, 'utf8')).toBe('NEW')
  })

  it('refuses to replace a read-only file until the officer confirms, then keeps it read-only', async () => {
    await chmod(target, 0o444)
    const refused = await atomicWrite(target, 'NEW', { fs: nodeFs, keepBak: true })
    expect(refused).toEqual({ ok: false, error: { code: 'READ_ONLY', message: readOnlyMessage(target), details: [target] } })
    expect(readOnlyMessage(target)).toBe('“预算.ysgk.json”是只读文件，需要您确认后才能替换')
    expect(await readFile(target, 'utf8')).toBe('OLD')
    expect(await leftovers()).toEqual([])
    expect((await atomicWrite(target, 'NEW', { fs: nodeFs, keepBak: true, replaceReadOnly: true })).ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('NEW')
    expect((await stat(target)).mode & 0o777).toBe(0o444)
  })

  it('replaces the file and keeps the previous copy as .bak', async () => {
    const r = await atomicWrite(target, 'NEW', { fs: nodeFs, keepBak: true })
    expect(r.ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('NEW')
    expect(await readFile(target + BAK_SUFFIX, 'utf8')).toBe('OLD')
    expect(await leftovers()).toEqual([])
  })

  it('writes a new file without a .bak', async () => {
    const fresh = join(dir, '新文件.ysgk.json')
    expect((await atomicWrite(fresh, 'X', { fs: nodeFs, keepBak: true })).ok).toBe(true)
    expect(await readFile(fresh, 'utf8')).toBe('X')
    expect((await readdir(dir)).sort()).toEqual(['新文件.ysgk.json', '预算.ysgk.json'].sort())
  })

  it('writes the temp file in the target directory, fsyncs it, then renames', async () => {
    const fs = faultyFs(nodeFs, () => undefined)
    await atomicWrite(target, 'NEW', { fs })
    const ops = fs.calls.map((c) => c.op)
    expect(ops.indexOf('sync')).toBeLessThan(ops.indexOf('rename'))
    const temp = fs.calls.find((c) => c.op === 'open')?.path ?? ''
    expect(temp.startsWith(dir)).toBe(true)
    expect(temp).toMatch(/\.tmp$/)
  })

  it('retries the rename while another program holds the file (EBUSY, then EPERM)', async () => {
    for (const code of ['EBUSY', 'EPERM']) {
      const sleeps: number[] = []
      const fs = faultyFs(nodeFs, failing('rename', code, 3))
      const r = await atomicWrite(target, `NEW-${code}`, { fs, sleep: async (ms) => void sleeps.push(ms) })
      expect(r.ok).toBe(true)
      expect(sleeps).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 3))
      expect(await readFile(target, 'utf8')).toBe(`NEW-${code}`)
    }
  })

  const cases = [
    { name: 'a lock that never goes away', op: 'rename', code: 'EBUSY', expected: 'FILE_LOCKED', text: '文件被其他程序占用' },
    { name: 'EPERM on every rename (Windows lock or no right)', op: 'rename', code: 'EPERM', expected: 'NO_PERMISSION', text: '没有权限' },
    { name: 'no permission to create the temp file', op: 'open', code: 'EACCES', expected: 'NO_PERMISSION', text: '没有权限' },
    { name: 'disk full while writing', op: 'writeFile', code: 'ENOSPC', expected: 'DISK_FULL', text: '磁盘空间不足' },
    { name: 'disk full on fsync', op: 'sync', code: 'ENOSPC', expected: 'DISK_FULL', text: '磁盘空间不足' },
    { name: 'disk full while copying the .bak', op: 'copyFile', code: 'ENOSPC', expected: 'DISK_FULL', text: '磁盘空间不足' },
  ] as const
  for (const c of cases) {
    it(`${c.name}: ${c.expected} in Chinese, old file intact, no temp file left`, async () => {
      const fs = faultyFs(nodeFs, failing(c.op, c.code))
      const r = await atomicWrite(target, 'NEW', { fs, keepBak: true, sleep: noSleep })
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.error.code).toBe(c.expected)
      expect(r.error.message).toContain(c.text)
      expect(r.error.message).toMatch(/[\u4e00-\u9fff]/)
      expect(await readFile(target, 'utf8')).toBe('OLD')
      expect(await leftovers()).toEqual([])
    })
  }

  it('writes the .bak through a synced temp file and a rename, so a crash never leaves half of one', async () => {
    const fs = faultyFs(nodeFs, () => undefined)
    expect((await atomicWrite(target, 'NEW', { fs, keepBak: true })).ok).toBe(true)
    const copy = fs.calls.find((c) => c.op === 'copyFile')
    expect(copy?.path).toMatch(/\.bak\.[0-9a-f]+\.tmp$/)
    const bakRename = fs.calls.findIndex((c) => c.op === 'rename' && c.path === target + BAK_SUFFIX)
    expect(bakRename).toBeGreaterThan(fs.calls.findIndex((c) => c.op === 'sync' && c.path === copy?.path))
    expect(await readFile(target + BAK_SUFFIX, 'utf8')).toBe('OLD')
    expect(await leftovers()).toEqual([])
  })

  it('the next save removes temp files a crash left behind, not those of a save in progress', async () => {
    const old = new Date(Date.now() - 60 * 60 * 1000)
    const crashed = ['.预算.ysgk.json.0123456789ab.tmp', '.预算.ysgk.json.bak.ba9876543210.tmp']
    for (const n of crashed) {
      await writeFile(join(dir, n), 'half')
      await utimes(join(dir, n), old, old)
    }
    await writeFile(join(dir, '.预算.ysgk.json.aaaaaaaaaaaa.tmp'), 'in progress')
    await writeFile(join(dir, '.其他.ysgk.json.0123456789ab.tmp'), 'another file')
    await utimes(join(dir, '.其他.ysgk.json.0123456789ab.tmp'), old, old)
    expect((await atomicWrite(target, 'NEW', { fs: nodeFs, keepBak: true })).ok).toBe(true)
    expect((await leftovers()).sort()).toEqual(['.其他.ysgk.json.0123456789ab.tmp', '.预算.ysgk.json.aaaaaaaaaaaa.tmp'].sort())
  })

  describe('content streamed by a writer', () => {
    /** Writes `parts` one by one, each after the previous has been taken, as a zip writer does. */
    const streamed = (parts: string[]) => async (out: Writable) => {
      for (const p of parts) if (!out.write(p)) await once(out, 'drain')
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
    }

    it('goes into the temp file part by part, then replaces the file', async () => {
      const fs = faultyFs(nodeFs, () => undefined)
      const parts = Array.from({ length: 50 }, (_, i) => `第${i}段;`)
      expect((await atomicWrite(target, streamed(parts), { fs, keepBak: true })).ok).toBe(true)
      expect(await readFile(target, 'utf8')).toBe(parts.join(''))
      expect(await readFile(target + BAK_SUFFIX, 'utf8')).toBe('OLD')
      const ops = fs.calls.map((c) => c.op)
      expect(ops.filter((op) => op === 'writeFile').length).toBeGreaterThan(1)
      expect(ops.lastIndexOf('writeFile')).toBeLessThan(ops.indexOf('sync'))
      expect(await leftovers()).toEqual([])
    })

    it('disk full in the middle: DISK_FULL, old file intact, no temp file left', async () => {
      const fs = faultyFs(nodeFs, (op, _path, n) => (op === 'writeFile' && n === 2 ? 'ENOSPC' : undefined))
      const r = await atomicWrite(target, streamed(Array.from({ length: 50 }, (_, i) => `${i}`.repeat(1000))), { fs, keepBak: true, sleep: noSleep })
      expect(r.ok ? undefined : r.error.code).toBe('DISK_FULL')
      expect(await readFile(target, 'utf8')).toBe('OLD')
      expect(await leftovers()).toEqual([])
    })

    it('a writer that fails leaves the old file and no temp file', async () => {
      const r = await atomicWrite(
        target,
        async (out) => {
          out.write('half of it')
          throw new Error('布局失败')
        },
        { fs: nodeFs },
      )
      expect(r.ok).toBe(false)
      expect(await readFile(target, 'utf8')).toBe('OLD')
      expect(await leftovers()).toEqual([])
    })

    it('a writer that returns before ending its stream fails instead of leaving a short file', async () => {
      const r = await atomicWrite(target, async (out) => void out.write('unfinished'), { fs: nodeFs })
      expect(r.ok).toBe(false)
      expect(await readFile(target, 'utf8')).toBe('OLD')
      expect(await leftovers()).toEqual([])
    })
  })

  it('a .bak that cannot be written (locked) does not stop the save', async () => {
    const fs = faultyFs(nodeFs, failing('copyFile', 'EBUSY'))
    const r = await atomicWrite(target, 'NEW', { fs, keepBak: true })
    expect(r.ok).toBe(true)
    expect(await readFile(target, 'utf8')).toBe('NEW')
  })
})
