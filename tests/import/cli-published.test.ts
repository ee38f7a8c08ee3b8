// npm run import -- --published: last year's published file → this year's draft on disk, with the
// report of what was found where, every number taken, what could not be read; refusals write nothing.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocument } from '../../core/document/envelope'
import { analyze } from '../../core/rules/analyze'
import { runImport } from '../../scripts/cli/import'
import { catalogFor } from '../builders/catalog'
import { SEED_FILES } from '../seeds/seed-files'

const dir = mkdtempSync(join(tmpdir(), 'import-published-'))
const NOW = () => new Date('2026-02-01T08:00:00Z')

function capture() {
  const lines: string[] = []
  return { lines, out: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } }
}

describe('npm run import -- --published', () => {
  it('writes the 2026 draft from the 2025 published text and prints what it took and where', async () => {
    const target = join(dir, '2026.json')
    const { out, lines } = capture()
    expect(await runImport(['--published', SEED_FILES['000'].path, '--year', '2026', '--out', target], out, NOW)).toBe(0)
    expect(lines[0]).toBe('已读取文本文件“000_42cc39b7b76e33fd.txt”：2025年度部门预算公开，找到13张公开表（其中无数据：表7、表8、表9、表13）')
    expect(lines).toContain('  预算收入总计：2045.61万元  ← 第99行 表1“收入总计”行')
    expect(lines).toContain('  机关运行经费：76.06万元  ← 第342行 表11“部门合计”行')
    expect(lines).toContain('【未能读取】')
    expect(lines.at(-1)).toBe(`已写入2026年草稿：${target}（1个单位，${(lines.at(-1) ?? '').match(/(\d+)个延续项目/)?.[1]}个延续项目；预算行请录入或导入）`)
    const loaded = loadDocument(readFileSync(target, 'utf8'))
    if (!loaded.ok) throw new Error(loaded.message)
    const d = loaded.document.data
    expect(d.department.budgetYear).toBe(2026)
    expect(d.comparisons.incomeTotal.prior).toBe('20456100.00')
    expect(d.comparisons.officeOperation.prior).toBe('760600.00')
    expect(d.comparisons.threePublic.vehicleOperation.prior).toBe('24000.00')
    // The draft is a document the app analyses: no lines yet, so nothing is derived from amounts.
    const analysis = analyze(d, catalogFor(2026))
    expect(analysis.derivation.tables.T1.rows.length).toBeGreaterThan(0)
  })

  it('refuses a year other than the next and writes nothing', async () => {
    const target = join(dir, 'wrong-year.json')
    const { out, lines } = capture()
    expect(await runImport(['--published', SEED_FILES['001'].path, '--year', '2026', '--out', target], out, NOW)).toBe(1)
    expect(lines).toContain('上年公开文件是2024年的，只能生成2025年的草稿（不是2026年）')
    expect(existsSync(target)).toBe(false)
  })

  it('refuses a file that is not a disclosure and writes nothing', async () => {
    const file = join(dir, 'notice.txt')
    writeFileSync(file, '关于开展安全生产检查的通知\n各有关单位：现将有关事项通知如下。\n'.repeat(5))
    const target = join(dir, 'notice.json')
    const { out, lines } = capture()
    expect(await runImport(['--published', file, '--year', '2026', '--out', target], out, NOW)).toBe(1)
    expect(lines[0]).toMatch(/^“notice.txt”：未能识别为部门预算公开文件/)
    expect(existsSync(target)).toBe(false)
  })

  it('asks for --year and --out', async () => {
    const { out, lines } = capture()
    expect(await runImport(['--published', SEED_FILES['000'].path], out, NOW)).toBe(2)
    expect(lines[0]).toContain('--published')
  })
})
