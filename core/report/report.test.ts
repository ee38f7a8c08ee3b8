import { describe, expect, it } from 'vitest'
import { buildNarrative } from '../narrative'
import { analyze, type Analysis } from '../rules/analyze'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { envelope, syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { loadSample } from '../../tests/samples/sample-files'
import type { BudgetDocument } from '../document/envelope'
import { formatTableCell } from '../money/format'
import { chineseCount, chineseNumeral } from './chinese-numerals'
import { buildReport } from './index'
import { subordinateSentence, unitListSentences } from './overview'
import { keepHeadingsWithNext, TABLE_MARGINS, textWidth } from './styles'
import { columnWidths, GRID, ROUNDING_NOTE, tableNotes, tableSection } from './tables'
import type { PdfNode, ReportAssets } from './types'

const NO_ASSETS: ReportAssets = { charts: {}, attachments: [], performanceForms: [] }

function reportOf(doc: BudgetDocument, assets: ReportAssets = NO_ASSETS) {
  const analysis: Analysis = analyze(doc.data, loadCatalog(doc.templateYear))
  const narrative = buildNarrative(analysis.derivation, loadNarrativeTemplate(doc.templateYear))
  return { analysis, narrative, report: buildReport({ derivation: analysis.derivation, findings: analysis.findings, narrative, generatedAt: '2026-03-01T08:00:00.000Z' }, assets) }
}

const sections = (content: unknown) => content as { section: PdfNode[] }[]
const allText = (n: unknown): string => JSON.stringify(n)

describe('buildReport', () => {
  it('is plain JSON in the order of spec §1: cover, 目录, 概况, 13 tables, 情况说明, 名词解释', () => {
    const { report } = reportOf(loadSample('004'))
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    const content = sections(report.docDefinition.content)
    expect(allText(content[0])).toContain('2026年度部门预算公开')
    expect(allText(content[1])).toContain('目 录')
    expect(allText(content[2])).toContain('第一部分 概况')
    expect(content.slice(3, 16).map((s) => s.section.find((n) => typeof n.id === 'string')?.id)).toEqual(['part-2', 'table-T2', 'table-T3', 'table-T4', 'table-T5', 'table-T6', 'table-T7', 'table-T8', 'table-T9', 'table-T10', 'table-T11', 'table-T12', 'table-T13'])
    expect(allText(content[16])).toContain('第三部分 2026年度部门预算情况说明')
    expect(allText(content[content.length - 1])).toContain('第四部分 名词解释')
  })

  it('lists the 目录 entries of spec §1.2', () => {
    const { report } = reportOf(loadSample('004'))
    const texts = report.toc.map((e) => `${'  '.repeat(e.level)}${e.text}`)
    expect(texts.slice(0, 6)).toEqual(['第一部分 概况', '  一、本部门职责', '  二、机构设置情况', '第二部分 2026年部门预算报表', '  表一2026年预算收支总表', '  表二2026年预算收入总表'])
    expect(texts).toContain('  表六2026年一般公共预算安排基本支出分经济科目表（不含上年结转）')
    expect(texts.slice(-4)).toEqual(['  十二、其他说明', '    （一）政府购买服务指导性目录', '    （二）其他', '第四部分 名词解释'])
    expect(texts).toHaveLength(3 + 14 + 13 + 2 + 1)
  })

  it('fixes the metadata from the export time and the department', () => {
    const { report } = reportOf(loadSample('000'))
    expect(report.docDefinition.info).toMatchObject({ title: '孝义市行政审批服务管理局2025年度部门预算公开', author: '孝义市行政审批服务管理局', creationDate: '2026-03-01T08:00:00.000Z', modDate: '2026-03-01T08:00:00.000Z' })
  })
})

describe('第一部分 unit list (spec §1.3, §9.4)', () => {
  it('prints 004’s sentence, counting subordinate units by type in Chinese numerals', () => {
    const data = loadSample('004').data
    const fullWidth = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）')
    expect(fullWidth(subordinateSentence(data))).toBe(fullWidth('大同市行政审批服务管理局[部门]下属三个单位，包括大同市政务服务中心、大同市公共资源交易中心(大同市政府采购中心)两个参公单位和大同市营商环境发展促进中心一个公益一类事业单位。'))
    expect(unitListSentences(data).slice(1)).toEqual(['从部门预算构成看，大同市行政审批服务管理局2026年部门预算由机关本级预算和下属单位预算组成。', '纳入大同市行政审批服务管理局2026年部门预算公开的单位具体为：'])
    const { report } = reportOf(loadSample('004'))
    expect(allText(sections(report.docDefinition.content)[2])).toContain('大同市行政审批服务管理局（本级）')
  })

  it('prints no sentence and no list for a single unit', () => {
    const { report } = reportOf(loadSample('000'))
    const overview = allText(sections(report.docDefinition.content)[2])
    expect(overview).not.toContain('下属')
    expect(overview).not.toContain('单位性质')
  })

  it('writes counts as the seeds do', () => {
    expect([1, 2, 3, 10, 12, 20, 105].map(chineseNumeral)).toEqual(['一', '二', '三', '十', '十二', '二十', '一百零五'])
    expect(chineseCount(2)).toBe('两')
  })
})

describe('第二部分 tables', () => {
  const { analysis } = reportOf(loadSample('004'))
  const tables = analysis.derivation.tables

  it('fills the text width exactly and prints the figures as the Excel cells do', () => {
    for (const t of Object.values(tables)) {
      const n = t.columns.length
      const total = columnWidths(t).reduce((a, b) => a + b, 0) + n * 2 * GRID.paddingX + (n + 1) * GRID.lineWidth
      expect(total).toBeLessThanOrEqual(textWidth(t.orientation, TABLE_MARGINS))
      expect(total).toBeGreaterThan(textWidth(t.orientation, TABLE_MARGINS) - 1)
    }
    const t1 = tableSection(tables.T1, [])
    const body = (t1.section as PdfNode[]).find((n) => n.table) as { table: { body: PdfNode[][]; headerRows: number } }
    expect(body.table.headerRows).toBe(2)
    expect(body.table.body.every((r) => r.length === 6)).toBe(true)
    const grand = tables.T1.rows.find((r) => r.key === 'grand-total')
    const cell = grand?.cells[1]
    expect(allText(body.table.body)).toContain(`"${formatTableCell(cell && cell.kind === 'money' ? cell.value : -1)}"`)
    // A 收支总表 is one portrait page (table-fit).
    expect(t1.pageOrientation).toBe('portrait')
  })

  it('notes an empty table and a rounding tail (rule T01) once, under 表1', () => {
    expect(tableNotes(tables.T7, [])).toEqual(['注：本表无数据'])
    const tail = { ruleId: 'T01', severity: 'warning' as const, message: '', location: {} }
    expect(tableNotes(tables.T1, [tail]).filter((n) => n === ROUNDING_NOTE)).toHaveLength(1)
    expect(tableNotes({ ...tables.T1, notes: [ROUNDING_NOTE] }, [tail])).toEqual([ROUNDING_NOTE])
    expect(tableNotes(tables.T2, [tail])).toEqual([])
  })
})

describe('第三部分 layout helpers', () => {
  it('keeps a heading with the block after it', () => {
    const out = keepHeadingsWithNext([{ text: 'h1', keepWithNext: true }, { text: 'h2', keepWithNext: true }, { text: 'p' }, { text: 'q' }])
    expect(out).toEqual([{ stack: [{ text: 'h1' }, { text: 'h2' }, { text: 'p' }], unbreakable: true }, { text: 'q' }])
  })

  it('does not keep a heading with a block that might not fit on one page (pdfmake would drop the rest)', () => {
    const long = { text: '职'.repeat(400) }
    expect(keepHeadingsWithNext([{ text: 'h', keepWithNext: true }, long])).toEqual([{ text: 'h' }, long])
    expect(keepHeadingsWithNext([{ text: 'h', keepWithNext: true }, { table: {} }])).toEqual([{ text: 'h' }, { table: {} }])
  })

  it('keeps a section’s short last paragraph (“无。”) and a chart with the block before them', () => {
    const heading = { text: '（二）其他', style: 'subheading', keepWithNext: true }
    const statement = { text: '本部门无政府性基金预算收支，预算公开表7为空表。', style: 'paragraph' }
    const none = { text: '无。', style: 'paragraph' }
    const next = { text: '十三、名词解释', style: 'heading', outline: true }
    expect(keepHeadingsWithNext([heading, statement, none, next])).toEqual([
      { stack: [{ text: '（二）其他', style: 'subheading' }, statement, none], unbreakable: true },
      next,
    ])
    // A short paragraph in the middle of a section is left to flow.
    const long = { text: '职'.repeat(400), style: 'paragraph' }
    expect(keepHeadingsWithNext([statement, none, long])).toEqual([statement, none, long])
    const chart = { stack: [{ svg: '<svg/>' }, { text: '图', style: 'caption' }], unbreakable: true }
    expect(keepHeadingsWithNext([statement, chart])).toEqual([{ stack: [statement, chart], unbreakable: true }])
    expect(keepHeadingsWithNext([long, chart])).toEqual([long, chart])
  })

  it('reserves one page per attachment page after 十二 and places the forms in 十', () => {
    const doc = envelope(syntheticCarryoverDepartment())
    doc.data.attachments = [{ id: 'a1', title: '目录文件', path: 'a.pdf', placement: 'purchase-service-catalog' }]
    const forms = [{ text: '项目支出绩效目标表（占位）' }]
    const { report } = reportOf(doc, { charts: {}, attachments: [{ id: 'a1', title: '目录文件', placement: 'purchase-service-catalog', pages: [{ width: 500, height: 700 }, { width: 700, height: 500 }] }], performanceForms: forms })
    const content = sections(report.docDefinition.content)
    const reserved = content.filter((s) => allText(s).includes('attachment-a1-'))
    expect(reserved.map((s) => (s as PdfNode).pageSize)).toEqual([{ width: 500, height: 700 }, { width: 700, height: 500 }])
    expect(reserved.every((s) => (s as PdfNode).footer === null)).toBe(true)
    expect(report.attachmentDestinations).toEqual([{ id: 'a1', destinations: ['attachment-a1-1', 'attachment-a1-2'] }])
    const text = allText(content.slice(2)) // after the 目录, which names the same headings
    expect(text.indexOf('项目支出绩效目标表（占位）')).toBeGreaterThan(text.indexOf('十、绩效管理情况'))
    expect(text.indexOf('项目支出绩效目标表（占位）')).toBeLessThan(text.indexOf('十一、国有资产占有使用情况'))
    expect(text.indexOf('attachment-a1-1')).toBeGreaterThan(text.indexOf('（一）政府购买服务指导性目录'))
    expect(text.indexOf('attachment-a1-1')).toBeLessThan(text.indexOf('第四部分 名词解释'))
  })
})
