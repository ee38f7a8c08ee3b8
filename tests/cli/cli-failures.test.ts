// The CLI on hostile inputs and failing disks: one Chinese sentence on stderr, no stack trace, no
// hang (a FIFO named *.json), no partial export.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeDocument } from '../../core/document/envelope'
import { failureText } from '../../scripts/cli/cli-errors'
import { runExport } from '../../scripts/cli/run-export'
import { envelope, syntheticCarryoverDepartment } from '../builders/document-builder'
import { REPO_ROOT } from '../samples/sample-files'

function capture() {
  const lines: string[] = []
  return { lines, out: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } }
}

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|ENOENT|ENOTDIR|ENOSPC|EROFS/)

describe('CLI failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-fail-'))
  const file = join(dir, 'demo.json')
  writeFileSync(file, serializeDocument(envelope(syntheticCarryoverDepartment()), '0.1.0', '2026-01-01T00:00:00Z'))

  it('an --out folder that cannot be created is one Chinese sentence, exit 3', async () => {
    const { out, lines } = capture()
    expect(await runExport([file, '--out', join(file, 'sub'), '--format', 'json'], out)).toBe(3)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^无法创建导出文件夹 .*：找不到文件或文件夹/)
    noStack(lines.join('\n'))
  })

  it('words file-system errors in Chinese and never passes an English message through', () => {
    expect(failureText(Object.assign(new Error('EROFS: read-only file system, open'), { code: 'EROFS' }), '导出')).toBe('此位置只读，无法导出。请换一个位置')
    expect(failureText(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }), '保存')).toBe('磁盘空间不足，无法保存。请清理磁盘或换一个位置后重试')
    expect(failureText(new Error('附件“目录”无法使用'), '导出')).toBe('附件“目录”无法使用')
  })

  it('a FIFO named *.json is refused at once by the CLI, in Chinese', () => {
    const fifo = join(dir, '管道.json')
    execFileSync('mkfifo', [fifo])
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'scripts/cli/export.ts'), fifo, '--out', join(dir, 'out'), '--format', 'json'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(r.signal).toBeNull()
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toBe(`无法打开文档：所选的不是普通文件：${fifo}`)
    noStack(r.stderr)
    expect(readdirSync(dir)).not.toContain('out')
  })
})
