// The template import's error paths, on plain sheets (no workbook needed).
import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../document/envelope'
import { catalogFor } from '../../tests/builders/catalog'
import { loadSample } from '../../tests/samples/sample-files'
import { applyImport, previewImport } from './preview'
import { ImportPreviewSchema } from './schemas'
import { formatProblem, type SheetData } from './sheet'
import { templateRowsOf, templateSheets, type TemplateRows } from './template-rows'

const doc = loadSample('004')
const catalog = catalogFor(2026)
const base: BudgetDocument = { ...doc, data: { ...doc.data, lines: [], projects: [] } }

function sheets(edit: (rows: TemplateRows) => void = () => undefined): SheetData[] {
  const rows = templateRowsOf(doc, catalog)
  edit(rows)
  return templateSheets(rows)
}
const errors = (s: SheetData[], b: BudgetDocument | undefined = base) =>
  previewImport(s, 'template', b, catalog)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem)

describe('template import', () => {
  it('round-trips sample 004 on plain sheets', () => {
    const r = applyImport(sheets(), 'template', base, catalog)
    expect(r.ok && r.document.data.lines).toEqual(doc.data.lines)
  })

  it('reports unknown units, unlisted projects and duplicate 编号 at their cells', () => {
    const s = sheets((r) => {
      ;(r.basic[0] as string[])[1] = '大同市某某中心'
      ;(r.basic[2] as string[])[0] = 'l001'
      ;(r.projectLines[0] as string[])[2] = ''
      ;(r.projectLines[0] as string[])[3] = '没有登记的项目'
    })
    expect(errors(s)).toEqual([
      '[错误] “基本支出”表 第2行 B列（单位）：单位“大同市某某中心”未在“单位”表中列出',
      '[错误] “基本支出”表 第4行 A列（编号）：编号“l001”与“基本支出”第2行重复',
      '[错误] “项目支出明细”表 第2行 D列（项目名称）：项目“没有登记的项目”未在“项目”表中列出（单位：大同市行政审批服务管理局）',
    ])
  })

  it('needs 单位资金类别 for 单位资金 and the required columns', () => {
    const s = sheets((r) => {
      ;(r.basic[0] as string[])[5] = '单位资金'
    })
    expect(errors(s)).toEqual(['[错误] “基本支出”表 第2行 G列（单位资金类别）：资金来源为单位资金时，请填写单位资金类别（事业收入、上级补助收入等）'])
    const noAmount = sheets().map((sh) => (sh.name === '基本支出' ? { ...sh, rows: sh.rows.map((row) => row.slice(0, 8)) } : sh))
    expect(errors(noAmount)).toEqual(['[错误] “基本支出”表 第1行：缺少“金额（元）”列'])
  })

  it('reads 金额（万元） when the officer changed the header, and refuses another budget year', () => {
    const wan = sheets((r) => {
      r.basic = r.basic.map((row) => row.map((c, i) => (i === 8 ? String(Number(c) / 10000) : c)))
    }).map((sh) => (sh.name === '基本支出' ? { ...sh, rows: [sh.rows[0]?.map((h) => (h === '金额（元）' ? '金额（万元）' : h)) ?? [], ...sh.rows.slice(1)] } : sh))
    const r = applyImport(wan, 'template', base, catalog)
    expect(r.ok && r.document.data.lines).toEqual(doc.data.lines)
    const otherYear = sheets((rows) => {
      rows.department = rows.department.map((row) => (row[0] === '预算年度' ? ['预算年度', '2025'] : row))
    })
    expect(errors(otherYear)).toEqual(['[错误] “部门”表：模板的预算年度为2025年，与当前文档的2026年不一致'])
  })

  it('recognises projects marked 延续项目 and 上年结转 lines', () => {
    const s = sheets((r) => {
      ;(r.projects[0] as string[])[6] = '是'
      ;(r.projectLines[0] as string[])[9] = '上年结转'
    })
    const p = previewImport(s, 'template', base, catalog)
    expect(p.ok).toBe(true)
    expect(p.continuingProjects).toEqual([{ projectId: 'p-bureau-review', name: 'Z评审经费', unitName: '大同市行政审批服务管理局', reason: 'marked' }])
    expect(p.carryoverLines).toHaveLength(1)
    expect(p.resultingDocument?.data.lines.filter((l) => l.period === 'carryover')).toHaveLength(1)
    // The preview is what the import IPC method returns: its schema accepts it as is.
    expect(ImportPreviewSchema.parse(p)).toEqual(p)
  })

  it('maps a code the year’s catalog renamed, per the code-change table, with a warning', () => {
    const edited = { ...catalog, functional: new Map(catalog.functional) }
    edited.functional.delete('2010302')
    const uses = doc.data.lines.filter((l) => l.functionCode === '2010302').length
    expect(uses).toBeGreaterThan(0)
    const p = previewImport(sheets(), 'template', base, edited, { codeChanges: { changes: [{ kind: 'functional', from: '2010302', to: '2010399' }] } })
    expect(p.ok).toBe(true)
    expect(p.resultingDocument?.data.lines.filter((l) => l.functionCode === '2010302')).toEqual([])
    const warnings = p.problems.filter((x) => x.message.startsWith('功能科目“2010302”'))
    expect(warnings).toHaveLength(uses)
    expect(warnings[0]?.message).toBe('功能科目“2010302”在2026年版科目中已调整为“2010399 其他政府办公厅（室）及相关机构事务支出”，已按新编码导入')
    const retired = previewImport(sheets(), 'template', base, edited, { codeChanges: { changes: [{ kind: 'functional', from: '2010302' }] } })
    expect(retired.unknownCodes).toEqual([expect.objectContaining({ code: '2010302', rows: expect.any(Array) })])
  })
})
