// A hand-made workbook (tests/import/hand-made-workbook.ts) through header detection, the column
// mapping and the import: the exact Chinese problem list, and nothing applied while anything is wrong.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyImport, formatProblem, previewImport, suggestMapping, type ColumnMappingInput } from '../../core/import'
import { readWorkbook } from '../../electron/main/import/read-workbook'
import { mappingStoreAt } from '../../electron/main/import/mapping-store'
import { catalogFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'
import { HAND_MADE_ROWS, HAND_MADE_SHEET, handMadeWorkbook } from './hand-made-workbook'

const dir = mkdtempSync(join(tmpdir(), 'import-hand-made-'))
const catalog = catalogFor(2026)

async function sheetsOf(rows = HAND_MADE_ROWS) {
  const file = join(dir, `wb-${rows.length}.xlsx`)
  await handMadeWorkbook(file, rows)
  return readWorkbook(file)
}

describe('a hand-made workbook with shuffled columns in 万元', () => {
  it('finds the header under the title and proposes the mapping, 万元 included', async () => {
    const sheet = (await sheetsOf()).find((s) => s.name === HAND_MADE_SHEET)
    if (!sheet) throw new Error('sheet missing')
    expect(suggestMapping(sheet)).toEqual({
      sheet: HAND_MADE_SHEET,
      headerRow: 3,
      columns: { amount: 0, economicCode: 1, unit: 2, project: 3, functionCode: 4, source: 5, projectCategory: 6, note: 7 },
      amountUnit: 'wan',
      defaults: {},
    })
  })

  it('lists every bad row with sheet, row and column, in Chinese, and applies nothing', async () => {
    const sheets = await sheetsOf()
    const base = loadSample('004')
    const before = JSON.stringify(base)
    const mapping = suggestMapping(sheets[1] as (typeof sheets)[number]) as ColumnMappingInput
    const preview = previewImport(sheets, mapping, base, catalog)
    expect(preview.problems.map(formatProblem)).toEqual([
      '[错误] “预算明细”表 第8行 A列（金额（万元））：金额“abc”不是有效的数字',
      '[错误] “预算明细”表 第9行 A列（金额（万元））：金额“-3”不能为负数',
      '[错误] “预算明细”表 第10行 E列（功能科目）：功能科目应填7位项级编码，“20103”是款级编码',
      '[错误] “预算明细”表 第10行 F列（资金来源）：无法识别资金来源“自筹”（应为一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金或单位资金）',
      '[错误] “预算明细”表 第14行 G列（项目类别）：新项目“新项目B”请填写项目类别（其他运转类或特定目标类）',
      '[错误] “预算明细”表 第16行 A列（金额（万元））：金额“0.1234567”万元精确到分以下（万元最多保留六位小数）',
      '[提示] “预算明细”表 第6行：与“预算明细”第4行内容完全相同，可能重复录入；确认无误可继续导入',
      '[提示] “预算明细”表 第7行 E列（功能科目）：功能科目“2019999”不在2026年科目表中，请核对',
    ])
    expect(preview.problems[0]).toEqual({ severity: 'error', sheet: '预算明细', row: 8, column: 'A', columnName: '金额（万元）', message: '金额“abc”不是有效的数字' })
    expect(preview.duplicates).toEqual([{ sheet: '预算明细', row: 6, duplicateOf: { sheet: '预算明细', row: 4 } }])
    expect(preview.unknownCodes).toEqual([{ kind: 'functional', label: '功能科目', code: '2019999', rows: [{ sheet: '预算明细', row: 7 }] }])
    expect(preview.skipped).toEqual([{ sheet: '预算明细', row: 13, reason: '合计行，不导入' }])
    expect(preview.ok).toBe(false)
    expect(preview.resultingDocument).toBeUndefined()
    expect(applyImport(sheets, mapping, base, catalog).ok).toBe(false)
    expect(JSON.stringify(base)).toBe(before)
  })

  it('imports exact 元 amounts once the bad rows are gone, with 上年结转 and the new continuing project', async () => {
    const good = HAND_MADE_ROWS.filter((_r, i) => ![7, 8, 9, 13, 15].includes(i))
    const sheets = await sheetsOf(good)
    const base = loadSample('004')
    const mapping = suggestMapping(sheets[1] as (typeof sheets)[number]) as ColumnMappingInput
    const outcome = applyImport(sheets, mapping, base, catalog)
    if (!outcome.ok) throw new Error(outcome.preview.problems.map(formatProblem).join('\n'))
    const lines = outcome.document.data.lines
    expect(lines.map((l) => [l.unitId, l.functionCode, l.economicCode, l.source, l.period, l.kind, l.amount])).toEqual([
      ['u-service', '2010301', '30101', 'general', 'current', 'basic', '125000.00'],
      ['u-bureau', '2010301', '30201', 'general', 'current', 'basic', '12345000.00'],
      ['u-service', '2010301', '30101', 'general', 'current', 'basic', '125000.00'],
      ['u-service', '2019999', '30201', 'general', 'current', 'basic', '30000.00'],
      ['u-service', '2010399', '30227', 'general', 'carryover', 'project', '50000.01'],
      ['u-service', '2010399', '30227', 'general', 'current', 'project', '3000.00'],
    ])
    expect(outcome.preview.carryoverLines).toEqual([{ sheet: '预算明细', row: 8, unitName: '大同市政务服务中心', projectName: '新项目A', amount: '50000.01' }])
    const project = outcome.document.data.projects.find((p) => p.name === '新项目A')
    expect(project).toMatchObject({ unitId: 'u-service', category: 'targeted', continuing: true })
    expect(outcome.preview.continuingProjects).toEqual([{ projectId: project?.id, name: '新项目A', unitName: '大同市政务服务中心', reason: 'carryover' }])
    // Lines replace the base's; its projects stay, with their forms, listed as having no lines.
    expect(outcome.preview.projectsWithoutLines).toHaveLength(base.data.projects.length)
    expect(outcome.document.data.performance).toEqual(base.data.performance)
  })

  it('remembers the mapping by name for its header signature and reapplies it to the next export', async () => {
    const sheets = await sheetsOf()
    const sheet = sheets[1] as (typeof sheets)[number]
    const store = mappingStoreAt(join(dir, 'mappings.json'), () => new Date('2026-02-01T00:00:00Z'))
    expect(await store.recall(sheet)).toBeUndefined()
    const corrected: ColumnMappingInput = { ...(suggestMapping(sheet) as ColumnMappingInput), defaults: { period: 'current' } }
    expect((await store.remember(sheet, corrected)).ok).toBe(true)
    // Next year's export: same headers, two more title rows, another sheet name.
    const next = { name: 'Sheet1', rows: [['标题'], ['副标题'], ...sheet.rows] }
    expect((await store.recall(next))?.mapping).toEqual({ ...corrected, sheet: 'Sheet1', headerRow: 5, headerRows: 1, amountColumns: [] })
  })
})
