// A budget year without its own template says which template it uses: in the wizard (StepPage),
// the import (a warning of the preview) and the CLI (run-export prints it).
import { describe, expect, it } from 'vitest'
import { catalogFor } from '../../tests/builders/catalog'
import { loadSample } from '../../tests/samples/sample-files'
import { previewImport } from '../import/preview'
import { formatProblem } from '../import/sheet'
import { templateRowsOf, templateSheets } from '../import/template-rows'
import { templateYearNotice } from './template-notice'

describe('template year notice', () => {
  it('says nothing when the year has its own template, and names both years otherwise', () => {
    expect(templateYearNotice(2026, 2026)).toBeUndefined()
    expect(templateYearNotice(2023, 2024)).toBe('2023年没有专用模板，使用2024年模板（科目表、表样、名词解释均按2024年），请核对科目名称和编码是否与2023年一致')
  })

  it('the import reports it as a warning, and not for a year with its own template', () => {
    const doc = loadSample('004')
    const catalog = catalogFor(2026)
    const sheets = templateSheets(templateRowsOf(doc, catalog))
    const base = { ...doc, data: { ...doc.data, department: { ...doc.data.department, budgetYear: 2023 }, lines: [], projects: [] } }
    const fallback = previewImport(sheets, 'template', base, catalog, { templateYear: 2024 }).problems.map(formatProblem)
    expect(fallback).toContain('[提示] “文档”表：2023年没有专用模板，使用2024年模板（科目表、表样、名词解释均按2024年），请核对科目名称和编码是否与2023年一致')
    const own = previewImport(sheets, 'template', { ...doc, data: { ...doc.data, lines: [], projects: [] } }, catalog, { templateYear: 2026 }).problems.map(formatProblem)
    expect(own.join('\n')).not.toMatch(/没有专用模板/)
  })
})
