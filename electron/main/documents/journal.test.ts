import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { failing, faultyFs } from './fault-fs.test-helpers'
import { nodeFs } from './fs-layer'
import { createJournal, JOURNAL_FILE } from './journal'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('recovery journal', () => {
  it('round-trips any state, including text that does not parse yet', async () => {
    const journal = createJournal(nodeFs, join(dir, 'recovery'))
    expect(await journal.read()).toEqual({ kind: 'none' })
    const state = { draft: { amount: '12,3abc' }, step: 'income', nested: [1, null, '文字'] }
    const at = new Date('2026-03-01T01:02:03.000Z')
    const w = await journal.write(state, at, '/docs/a.ysgk.json')
    expect(w).toEqual({ ok: true, value: { journaledAt: at.toISOString() } })
    expect(await journal.read()).toEqual({ kind: 'entry', entry: { journaledAt: at.toISOString(), documentPath: '/docs/a.ysgk.json', state } })
  })

  it('keeps the previous entry when a write fails (disk full), with a Chinese message', async () => {
    const journal = createJournal(nodeFs, join(dir, 'recovery'))
    await journal.write({ v: 1 }, new Date(), null)
    const broken = createJournal(faultyFs(nodeFs, failing('writeFile', 'ENOSPC')), join(dir, 'recovery'))
    const r = await broken.write({ v: 2 }, new Date(), null)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toContain('磁盘空间不足')
    const read = await journal.read()
    expect(read.kind === 'entry' && read.entry.state).toEqual({ v: 1 })
  })

  it('discards, and discarding twice is fine', async () => {
    const journal = createJournal(nodeFs, join(dir, 'recovery'))
    await journal.write({ v: 1 }, new Date(), null)
    expect((await journal.discard()).ok).toBe(true)
    expect((await journal.discard()).ok).toBe(true)
    expect(await journal.read()).toEqual({ kind: 'none' })
  })

  it('moves a corrupt journal aside instead of offering it', async () => {
    await mkdir(join(dir, 'recovery'))
    await writeFile(join(dir, 'recovery', JOURNAL_FILE), '{"journaledAt": "2026", "sta')
    const journal = createJournal(nodeFs, join(dir, 'recovery'))
    const read = await journal.read()
    expect(read.kind).toBe('corrupt')
    expect(await journal.read()).toEqual({ kind: 'none' })
    const kept = (await readdir(join(dir, 'recovery'))).find((n) => n.includes('corrupt'))
    expect(kept && (await readFile(join(dir, 'recovery', kept), 'utf8'))).toContain('journaledAt')
  })
})
