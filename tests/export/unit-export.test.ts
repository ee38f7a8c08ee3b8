// Done-when of the 发布前体检 issue: a document that passes the 体检 yields a department PDF and one
// PDF per 所属单位 whose every figure the app has re-read and confirmed — through the CLI
// (`--units`), with `--strict` refusing a document that does not pass and `--no-audit` skipping.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { DRAFT_MARK } from '../../core/report/draft-mark'
import { serializeDocument } from '../../core/document/envelope'
import { canExport } from '../../core/rules/inspection'
import { exportUnits, unitFileBase, UNITS_FOLDER } from '../../electron/main/export/export-units'
import { tablesFileName } from '../../electron/main/export/write-xlsx'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { runExport } from '../../scripts/cli/run-export'
import { envelope } from '../builders/document-builder'
import { inspectionOf, readyMultiUnitDocument } from '../inspection/inspection-fixtures'
import { SAMPLE_FILES } from '../samples/sample-files'
import { FIXED_TIME } from './pdf/export-sample'
import { readPdf } from './pdf/read-pdf'

function capture() {
  const lines: string[] = []
  return { lines, out: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } }
}

describe('单位预算公开 export', () => {
  it('a document that passes the 体检: department and both units written, checked and re-read', async () => {
    const data = readyMultiUnitDocument()
    expect(canExport(inspectionOf(data).findings).allowed).toBe(true)
    const dir = mkdtempSync(join(tmpdir(), 'units-cli-'))
    const file = join(dir, '示例局.json')
    writeFileSync(file, serializeDocument(envelope(data), '0.1.0', '2026-03-01T00:00:00Z'))
    const { out, lines } = capture()
    const code = await runExport([file, '--out', join(dir, 'out'), '--format', 'xlsx,pdf', '--units', '--strict'], out, () => FIXED_TIME)
    expect(lines.join('\n')).not.toMatch(/不一致|失败/)
    expect(code).toBe(0)
    const audits = lines.filter((l) => /^\s*导出文件已复核：\d+ 个数字一致$/.test(l))
    expect(audits).toHaveLength(3)
    expect(lines).toContain('  示例局：体检通过，0 个提示')
    expect(lines).toContain('  示例服务中心：体检通过，0 个提示')
    expect(lines).toContain('体检通过（0 个提示）')
    const unitsDir = join(dir, 'out', UNITS_FOLDER)
    expect(readdirSync(unitsDir).sort()).toEqual(['示例局.pdf', '示例局.xlsx', '示例服务中心.pdf', '示例服务中心.xlsx'])
    const read = await readPdf(new Uint8Array(readFileSync(join(unitsDir, '示例服务中心.pdf'))))
    expect(read.info.Title).toBe('示例服务中心2026年度单位预算公开')
  })

  it('exportUnits reports each unit’s 体检 and audit; file names are safe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'units-'))
    const document = envelope(readyMultiUnitDocument())
    const { units, folder } = await exportUnits({ document, catalog: loadCatalog(2026), outDir: dir, generatedAt: FIXED_TIME, today: '2026-03-01', documentDir: dir, formats: ['pdf'] })
    expect(folder).toBe(join(dir, UNITS_FOLDER))
    expect(units.map((u) => [u.name, u.gate.allowed, u.audit?.mismatches.length, (u.audit?.checked ?? 0) > 30])).toEqual([
      ['示例局', true, 0, true],
      ['示例服务中心', true, 0, true],
    ])
    expect(unitFileBase('示例/中心:一')).toBe('示例_中心_一')
  })

  it('--strict refuses a document with errors, writing nothing; --no-audit skips the re-reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strict-'))
    const { out, lines } = capture()
    expect(await runExport([SAMPLE_FILES['004'], '--out', join(dir, 'a'), '--format', 'pdf', '--strict'], out)).toBe(4)
    expect(lines[0]).toMatch(/^体检未通过：\d+ 个错误，未导出 Excel\/PDF/)
    expect(lines.join('\n')).toContain('[P01] 项目“Z营商环境业务经费”缺少项目支出绩效目标表')
    expect(existsSync(join(dir, 'a'))).toBe(false)
    const second = capture()
    expect(await runExport([SAMPLE_FILES['004'], '--out', join(dir, 'b'), '--format', 'xlsx', '--no-audit'], second.out)).toBe(0)
    expect(second.lines.join('\n')).not.toContain('复核')
    expect(second.lines.at(-1)).toMatch(/^体检未通过：\d+ 个错误，导出的文件仅供核对，修正后再公开$/)
    // What was written without --strict is a 核对稿: the workbook says so in its properties and on every printed page.
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(join(dir, 'b', tablesFileName('004-datong-approval-2026'))) as never)
    expect(wb.subject).toContain('核对稿')
    expect(wb.description).toMatch(new RegExp(`^${DRAFT_MARK}（\\d+ 个错误）$`))
    for (const ws of wb.worksheets) expect(ws.headerFooter.oddHeader, ws.name).toContain(DRAFT_MARK)
  })
})
