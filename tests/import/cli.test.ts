// npm run import: the template mode, a full import, and all-or-nothing on a workbook with bad rows.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDocument } from '../../core/document/envelope'
import { analyze } from '../../core/rules/analyze'
import { exportLinesToTemplate } from '../../electron/main/import/write-template'
import { runImport } from '../../scripts/cli/import'
import { runExport } from '../../scripts/cli/run-export'
import { catalogFor } from '../builders/catalog'
import { loadSample, SAMPLE_FILES } from '../samples/sample-files'
import { HAND_MADE_ROWS, HAND_MADE_SHEET, handMadeWorkbook } from './hand-made-workbook'

const dir = mkdtempSync(join(tmpdir(), 'import-cli-'))
const NOW = () => new Date('2026-02-01T08:00:00Z')

function capture() {
  const lines: string[] = []
  return { lines, out: { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) } }
}

describe('npm run import', () => {
  it('writes the blank template for a year', async () => {
    const file = join(dir, 'template.xlsx')
    const { out, lines } = capture()
    expect(await runImport(['--template', file, '--year', '2026'], out, NOW)).toBe(0)
    expect(existsSync(file)).toBe(true)
    expect(lines).toEqual([`已生成2026年导入模板：${file}`])
  })

  it('turns a filled template into a document that derives the sample’s tables', async () => {
    const sample = loadSample('001')
    const xlsx = join(dir, '001.xlsx')
    await exportLinesToTemplate(sample, xlsx, catalogFor(2024))
    const target = join(dir, '001.json')
    const { out, lines } = capture()
    expect(await runImport([xlsx, '--out', target], out, NOW)).toBe(0)
    expect(lines.at(-1)).toBe(`已写入文档：${target}（0 条提示请核对）`)
    expect(lines).toContain('读取预算行 77 条（基本支出 15 条，项目支出 62 条），合计 12140.24万元，其中上年结转 0.00万元')
    const loaded = loadDocument(readFileSync(target, 'utf8'))
    if (!loaded.ok) throw new Error(loaded.message)
    expect(loaded.document.templateYear).toBe(2024)
    expect(loaded.document.savedAt).toBe('2026-02-01T08:00:00.000Z')
    const tables = analyze({ ...loaded.document.data, settings: sample.data.settings }, catalogFor(2024)).derivation.tables
    expect(tables).toEqual(analyze(sample.data, catalogFor(2024)).derivation.tables)
  })

  it('prints the Chinese problem report and writes nothing when a row is wrong', async () => {
    const xlsx = join(dir, 'hand.xlsx')
    await handMadeWorkbook(xlsx)
    const target = join(dir, 'hand.json')
    const { out, lines } = capture()
    expect(await runImport([xlsx, '--out', target, '--base', SAMPLE_FILES['004']], out, NOW)).toBe(1)
    expect(existsSync(target)).toBe(false)
    expect(lines).toContain('[错误] “预算明细”表 第8行 A列（金额（万元））：金额“abc”不是有效的数字')
    expect(lines.at(-1)).toBe('导入未完成：6 个错误，2 条提示；未写入任何文件。请修改工作簿后重新导入')
  })

  it('takes a mapping file, and refuses bad arguments', async () => {
    const good = HAND_MADE_ROWS.filter((_r, i) => ![7, 8, 9, 13, 15].includes(i))
    const xlsx = join(dir, 'hand-good.xlsx')
    await handMadeWorkbook(xlsx, good)
    const mapping = join(dir, 'mapping.json')
    const columns = { amount: 0, economicCode: 1, unit: 2, project: 3, functionCode: 4, source: 5, projectCategory: 6 }
    writeFileSync(mapping, JSON.stringify({ sheet: HAND_MADE_SHEET, headerRow: 3, columns, amountUnit: 'wan' }))
    const target = join(dir, 'hand-good.json')
    const { out } = capture()
    expect(await runImport([xlsx, '--out', target, '--base', SAMPLE_FILES['004'], '--mapping', mapping], out, NOW)).toBe(0)
    const loaded = loadDocument(readFileSync(target, 'utf8'))
    expect(loaded.ok && loaded.document.data.lines.map((l) => l.amount)).toEqual(['125000.00', '12345000.00', '125000.00', '30000.00', '50000.01', '3000.00'])
    expect(await runImport([], capture().out)).toBe(2)
    expect(await runImport([xlsx, '--out', target, '--year', 'abc'], capture().out)).toBe(2)
    expect(await runImport(['--template', join(dir, 't.xlsx')], capture().out)).toBe(2)
  })
})

describe('npm run export -- --format import-xlsx', () => {
  it('writes the document as a filled template that npm run import turns back into the same document', async () => {
    const { out: exportOut, lines: exported } = capture()
    expect(await runExport([SAMPLE_FILES['004'], '--out', dir, '--format', 'import-xlsx'], exportOut)).toBe(0)
    const xlsx = join(dir, '004-datong-approval-2026.导入模板.xlsx')
    expect(exported).toContain(`已导出 导入模板：${xlsx}`)
    const target = join(dir, '004-again.json')
    const { out, lines } = capture()
    expect(await runImport([xlsx, '--out', target], out, NOW)).toBe(0)
    expect(lines).toContain('《政府采购》：2项，合计8082900.00元')
    expect(lines).toContain('《公务用车明细》表为空，未导入')
    const loaded = loadDocument(readFileSync(target, 'utf8'))
    if (!loaded.ok) throw new Error(loaded.message)
    const sample = loadSample('004')
    const back = loaded.document.data
    expect(back.department).toEqual(sample.data.department)
    expect(back.lines).toEqual(sample.data.lines)
    expect(back.procurement).toEqual(sample.data.procurement)
    expect(back.assets).toEqual(sample.data.assets)
    expect(back.overview).toEqual(sample.data.overview)
    expect(back.otherNotes).toEqual(sample.data.otherNotes)
    expect(back.comparisons).toEqual(sample.data.comparisons)
  })
})
