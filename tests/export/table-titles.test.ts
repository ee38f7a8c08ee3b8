// 表10/表11 names vary by province and city: the document may override the year template's name.
// The table keeps its identity (T10, T11, its label and rows); the title, the 目录 entry, the PDF
// heading, the Excel title row and the inspection all use the override.
import { describe, expect, it } from 'vitest'
import { derive } from '../../core/calc/derive'
import { buildNarrative } from '../../core/narrative'
import { buildReport } from '../../core/report'
import { tableNameOverride } from '../../core/tables/layouts'
import { planSheet, TITLE_ROW } from '../../electron/main/export/xlsx/sheet-layout'
import { namesFor } from '../builders/catalog'
import { narrativeBase } from '../builders/narrative-documents'
import { inspectionOf, readyDocument } from '../inspection/inspection-fixtures'

const T10_NAME = '一般公共预算“三公”经费支出表'
const T11_NAME = '机关运行经费财政拨款情况统计表'
const renamed = narrativeBase((d) => void (d.settings = { ...(d.settings ?? {}), tableTitles: { T10: T10_NAME, T11: `2026年${T11_NAME}` } }))

describe('表10/表11 titles per document', () => {
  const tables = derive(renamed, namesFor(2026)).tables

  it('uses the document’s names after {年}年, keeps the identity, and the template’s name otherwise', () => {
    expect(tables.T10.title).toBe(`2026年${T10_NAME}`)
    expect(tables.T10.tocTitle).toBe(`表十2026年${T10_NAME}`)
    expect(tables.T11.title).toBe(`2026年${T11_NAME}`)
    expect([tables.T10.id, tables.T10.label]).toEqual(['T10', '预算公开表10'])
    const plain = derive(narrativeBase(), namesFor(2026)).tables
    expect(plain.T10.title).toBe('2026年财政拨款安排“三公”经费支出预算表')
    expect(tables.T10.rows).toEqual(plain.T10.rows)
    expect(tableNameOverride('  ')).toBeUndefined()
  })

  it('prints them in the PDF (heading and 目录) and on the Excel title row', () => {
    const derivation = derive(renamed, namesFor(2026))
    const report = buildReport({ derivation, findings: [], narrative: buildNarrative(derivation, { glossary: [] }), generatedAt: '2026-03-01T08:00:00.000Z' }, { charts: {}, attachments: [], performanceForms: [] })
    expect(JSON.stringify(report.docDefinition.content)).toContain(`2026年${T10_NAME}`)
    expect(report.toc.map((t) => t.text).join('\n')).toContain(`2026年${T11_NAME}`)
    const title = planSheet(tables.T10).cells.find((c) => c.row === TITLE_ROW)
    expect(title?.value).toBe(`2026年${T10_NAME}`)
  })

  it('passes the 体检 (the year stays on the title)', () => {
    const doc = readyDocument((d) => void (d.settings = { ...(d.settings ?? {}), tableTitles: { T10: T10_NAME } }))
    expect(inspectionOf(doc).blocking).toEqual([])
  })
})
