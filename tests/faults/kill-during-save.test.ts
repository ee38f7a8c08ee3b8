// Saving survives a crash at any moment (the scale issue: kill while saving, 200 runs). A child Node
// process (save-child.ts, bundled once by bundle-child.ts) runs the real main-side services and saves
// version after version — recovery:write, then document:save — and is killed (SIGKILL) after a
// seeded random delay. Afterwards a fresh launch on
// the same folders must find the document complete (the version before or after the save in flight,
// never torn), its `.bak` and timed backups complete, and no acknowledged edit lost: the journal holds
// every edit the file does not.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadDocument, serializeDocument, type BudgetDocument } from '../../core/document/envelope'
import { createMainServices } from '../../electron/main/services'
import { seededRandom } from '../../scripts/large-sample/random'
import { loadSample, REPO_ROOT } from '../samples/sample-files'
import { bundleChild } from './bundle-child'
import { faultDirs, versioned, versionOf, type JournalState } from './versions'

const RUNS = 200
const PARALLEL = 4
/** Kill delays after the child is ready: long enough to cover several save cycles. */
const MAX_DELAY_MS = 120
const NAME = '部门预算.ysgk.json'
const CHILD = join(REPO_ROOT, 'tests', 'faults', 'save-child.ts')

interface RunResult {
  run: number
  lastJournaled: number
  lastSaved: number
  fileVersion: number | undefined
  journalEdit: number | undefined
  problems: string[]
}

const root = mkdtempSync(join(tmpdir(), 'kill-during-save-'))
const bundleDir = join(REPO_ROOT, 'node_modules', '.cache', `kill-during-save-${process.pid}`)
let childEntry = ''
beforeAll(async () => {
  childEntry = await bundleChild(CHILD, bundleDir)
}, 120_000)
afterAll(() => {
  rmSync(root, { recursive: true, force: true, maxRetries: 5 })
  rmSync(bundleDir, { recursive: true, force: true, maxRetries: 5 })
})

function completeVersion(text: string): number | undefined {
  const r = loadDocument(text)
  return r.ok ? versionOf(r.document) : undefined
}

/** Spawns the child, kills it `delayMs` after it is ready, returns the steps it announced. */
function killWhileSaving(dir: string, delayMs: number): Promise<{ journaled: number; saved: number; killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childEntry, dir, NAME], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.once('error', reject)
    child.once('close', (_code, signal) => {
      clearTimeout(timer)
      const last = (tag: string) => Math.max(0, ...[...out.matchAll(new RegExp(`^${tag} (\\d+)$`, 'gm'))].map((m) => Number(m[1])))
      resolve({ journaled: last('J'), saved: last('S'), killed: signal === 'SIGKILL', stderr })
    })
  })
}

/** What a fresh launch on the same folders finds. */
async function inspect(dir: string, run: number, journaled: number, saved: number): Promise<RunResult> {
  const problems: string[] = []
  const services = await createMainServices({ ...faultDirs(dir), mode: 'web' })
  const sender = { kind: 'web', token: 'fault-test' } as const
  const opened = await services.registry.call('document:open', { name: NAME }, sender)
  const fileVersion = opened.ok ? versionOf((opened.value as { document: BudgetDocument }).document) : undefined
  if (!opened.ok) problems.push(`文档无法打开：${opened.error.message}`)
  else if (fileVersion !== saved && fileVersion !== saved + 1) problems.push(`文档为第${fileVersion}版，应为第${saved}或${saved + 1}版`)

  const check = await services.registry.call('recovery:check', {}, sender)
  const value = check.ok ? (check.value as { available: boolean; state?: JournalState }) : undefined
  const journalEdit = value?.available ? value.state?.edit : undefined
  if (!check.ok) problems.push(`恢复记录无法读取：${check.error.message}`)
  if (value?.available && (journalEdit !== journaled && journalEdit !== journaled + 1)) problems.push(`恢复记录为第${journalEdit}次修改，应为第${journaled}或${journaled + 1}次`)
  if (Math.max(journalEdit ?? 0, fileVersion ?? 0) < journaled) problems.push(`第${journaled}次修改已记录，但文档（第${fileVersion}版）和恢复记录（${journalEdit ?? '无'}）都没有它`)
  const recovery = join(dir, 'app', 'recovery')
  if (existsSync(recovery) && readdirSync(recovery).some((n) => n.includes('corrupt'))) problems.push('恢复记录损坏')

  const bak = join(dir, 'ws', `${NAME}.bak`)
  if (existsSync(bak)) {
    const v = completeVersion(readFileSync(bak, 'utf8'))
    if (v === undefined) problems.push('.bak 文件不完整')
    else if (fileVersion !== undefined && v !== fileVersion && v !== fileVersion - 1) problems.push(`.bak 为第${v}版，文档为第${fileVersion}版`)
  }
  const backups = join(dir, 'app', 'backups')
  for (const folder of existsSync(backups) ? readdirSync(backups) : []) {
    for (const name of readdirSync(join(backups, folder))) {
      if (name.endsWith('.ysgk.json') && completeVersion(readFileSync(join(backups, folder, name), 'utf8')) === undefined) problems.push(`定时备份 ${name} 不完整`)
    }
  }
  return { run, lastJournaled: journaled, lastSaved: saved, fileVersion, journalEdit, problems }
}

async function oneRun(run: number, base: BudgetDocument, delayMs: number): Promise<RunResult> {
  const dir = join(root, String(run))
  const workspace = join(dir, 'ws')
  mkdirSync(workspace, { recursive: true })
  writeFileSync(join(workspace, NAME), serializeDocument(versioned(base, 0), 'fault-test', '2026-01-01T00:00:00.000Z'))
  const { journaled, saved, killed, stderr } = await killWhileSaving(dir, delayMs)
  const result = await inspect(dir, run, journaled, saved)
  // The child only ever stops by the kill; anything else is a failed save or a crash of its own.
  if (!killed) result.problems.push(`子进程未被终止就退出了：${stderr.slice(0, 300)}`)
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
  return result
}

describe('killing the app while it saves', () => {
  it(`never leaves a torn document and never loses an acknowledged edit (${RUNS} seeded kills)`, async () => {
    const base = loadSample('004')
    const random = seededRandom(20260401)
    const delays = Array.from({ length: RUNS }, () => random.int(0, MAX_DELAY_MS))
    const results: RunResult[] = []
    let next = 0
    const worker = async () => {
      while (next < RUNS) {
        const run = next++
        results.push(await oneRun(run, base, delays[run] as number))
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker))

    expect(results.filter((r) => r.problems.length > 0).map((r) => `第${r.run}次：${r.problems.join('；')}`)).toEqual([])
    expect(results).toHaveLength(RUNS)
    // The kills landed inside the save, not only between saves: some runs were killed after the
    // journal entry and before the save finished, some after at least one complete save.
    expect(results.filter((r) => r.lastJournaled > r.lastSaved).length).toBeGreaterThan(0)
    expect(results.filter((r) => r.lastSaved > 0).length).toBeGreaterThan(0)
  }, 240_000)
})
