import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupBeforeSave, backupFolderFor, backupStamp, listBackups } from './backups'
import { failing, faultyFs } from './fault-fs.test-helpers'
import { nodeFs } from './fs-layer'

let dir: string
let doc: string
let backups: string
const minute = 60_000
const t0 = new Date(2026, 2, 1, 9, 0, 0)
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute)

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backups-'))
  doc = join(dir, '文档.ysgk.json')
  backups = join(dir, 'appdata', 'backups')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('timed backups', () => {
  it('has nothing to back up before the first save', async () => {
    expect(await backupBeforeSave(nodeFs, backups, doc, t0)).toBe('nothing-to-back-up')
  })

  it('copies the previous save, at most once per interval', async () => {
    await writeFile(doc, 'v1')
    expect(await backupBeforeSave(nodeFs, backups, doc, t0, { minIntervalMs: 10 * minute, keep: 5 })).toBe('created')
    await writeFile(doc, 'v2')
    expect(await backupBeforeSave(nodeFs, backups, doc, at(5), { minIntervalMs: 10 * minute, keep: 5 })).toBe('recent-enough')
    expect(await backupBeforeSave(nodeFs, backups, doc, at(11), { minIntervalMs: 10 * minute, keep: 5 })).toBe('created')
    const folder = backupFolderFor(backups, doc)
    const names = await listBackups(nodeFs, folder)
    expect(names).toEqual([`${backupStamp(t0)}.ysgk.json`, `${backupStamp(at(11))}.ysgk.json`])
    expect(await readFile(join(folder, names[0] as string), 'utf8')).toBe('v1')
    expect(await readFile(join(folder, names[1] as string), 'utf8')).toBe('v2')
  })

  it('keeps only the newest N', async () => {
    await writeFile(doc, 'x')
    for (let i = 0; i < 7; i++) await backupBeforeSave(nodeFs, backups, doc, at(i * 20), { minIntervalMs: 10 * minute, keep: 3 })
    const names = await listBackups(nodeFs, backupFolderFor(backups, doc))
    expect(names).toEqual([at(80), at(100), at(120)].map((d) => `${backupStamp(d)}.ysgk.json`))
  })

  it('separates documents with the same name in different folders', () => {
    expect(backupFolderFor(backups, '/a/文档.ysgk.json')).not.toBe(backupFolderFor(backups, '/b/文档.ysgk.json'))
  })

  it('reports a failure instead of throwing (a backup never blocks a save)', async () => {
    await writeFile(doc, 'x')
    const fs = faultyFs(nodeFs, failing('copyFile', 'ENOSPC'))
    expect(await backupBeforeSave(fs, backups, doc, t0)).toBe('failed')
    expect(await readdir(dir)).toContain('文档.ysgk.json')
  })
})
