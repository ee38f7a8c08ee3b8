// The forms workbook of each sample printed by LibreOffice, page by page (pdftotext): every page
// carries its form's title; a continuation page repeats it with （续）, the project name and, in the
// indicator grid, the 实施期/年度 labels and the heading; the signature line never prints without
// rows of its form; every form starts on a page of its own exactly once.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { FormModel } from '../../core/performance/form-model'
import { analyze } from '../../core/rules/analyze'
import { GROUP_LABELS, planFormSheet, writeFormsWorkbook } from '../../electron/main/export/forms-xlsx'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { convertToPdf, pdfPages } from '../export/xlsx-fixtures'
import { loadSample } from '../samples/sample-files'
import { SEED_IDS } from '../seeds/seed-files'

const squeeze = (s: string) => s.replace(/\s+/g, '')
/** 二级指标 names that only an indicator row prints. */
const INDICATOR_ROW = /数量指标|质量指标|时效指标|成本指标|经济效益|社会效益|生态效益|可持续影响|满意度指标/

describe.each(SEED_IDS)('forms workbook of sample %s printed through LibreOffice', (seed) => {
  let forms: FormModel[]
  let pages: string[]

  beforeAll(async () => {
    const doc = loadSample(seed)
    const analysis = analyze(doc.data, loadCatalog(doc.templateYear))
    const dir = mkdtempSync(join(tmpdir(), `forms-print-${seed}-`))
    const file = join(dir, `${seed}.绩效目标表.xlsx`)
    forms = await writeFormsWorkbook(analysis.derivation, file, { templateYear: doc.templateYear, generatedAt: new Date('2026-03-01T08:00:00Z') })
    pages = pdfPages(convertToPdf(file, dir)).map(squeeze)
  }, 300_000)

  it('starts every form once and carries a title on every page', () => {
    expect(forms.length).toBeGreaterThan(0)
    const firsts = pages.filter((p) => !p.includes('（续）'))
    expect(firsts).toHaveLength(forms.length)
    forms.forEach((f, i) => expect(firsts[i], f.caption).toContain(squeeze(f.title)))
    const titles = [...new Set(forms.map((f) => squeeze(f.title)))]
    for (const [i, p] of pages.entries()) expect(titles.some((t) => p.includes(t)), `page ${i + 1}`).toBe(true)
  })

  it('repeats the project name, the 实施期/年度 labels and the heading on continuation pages', () => {
    let form = -1
    const problems: string[] = []
    for (const [i, p] of pages.entries()) {
      if (!p.includes('（续）')) {
        form++
        continue
      }
      const f = forms[form] as FormModel
      if (!p.includes(squeeze(`${f.title}（续）`))) problems.push(`page ${i + 1}: no ${f.title}（续）`)
      if (f.kind === 'project' && !p.includes(squeeze(`项目名称：${f.caption}`))) problems.push(`page ${i + 1}: no project name ${f.caption}`)
      if (INDICATOR_ROW.test(p) && f.kind === 'project') {
        for (const w of [...GROUP_LABELS, '一级指标', '二级指标', '三级指标', '指标值']) if (!p.includes(w)) problems.push(`page ${i + 1} (${f.caption}): no ${w}`)
      }
    }
    expect(problems).toEqual([])
    // Sample 000 has forms that continue, so the checks above do look at continuation pages.
    if (seed === '000') expect(pages.length).toBeGreaterThan(forms.length)
  })

  it('never prints the signature line without rows of its form', () => {
    const footer = forms.find((f) => f.footer.length > 0)?.footer[0]?.label
    if (!footer) return
    for (const [i, p] of pages.entries()) {
      if (!p.includes(squeeze(footer))) continue
      // Besides the titles, the signature line and the page number: grid rows of the form.
      expect(INDICATOR_ROW.test(p) || p.includes('项目名称') || p.includes('单位名称'), `page ${i + 1}`).toBe(true)
    }
  })

  it('breaks each sheet where the plan says, so that LibreOffice prints the planned pages', () => {
    const planned = forms.reduce((n, f) => n + 1 + planFormSheet(f).breaksAfter.length, 0)
    expect(pages.length).toBe(planned)
  })
})
