// The forms printed with the app's pdfmake setup: each form starts a page, every figure and
// indicator is in the text, nothing leaves the text area, no two words overlap; a group too tall
// for a page is cut into runs with the heading repeated.
import { describe, expect, it } from 'vitest'
import { derive } from '../../core/calc/derive'
import { formatYuanText } from '../../core/money/format'
import { projectFormAmounts } from '../../core/performance/amounts'
import { buildAllFormModels } from '../../core/performance/forms'
import { TABLE_MARGINS } from '../../core/report/styles'
import { namesFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'
import { stressDocument } from './form-builders'
import { cellTexts, overlappingWords, pdfPages, pdfWords, wordsOutside, writeTemp, type PdfWord } from './pdf-words'
import { renderFormsPdf } from './render-forms'

const squeeze = (s: string) => s.replace(/\s+/g, '')
const FOOTER = /^(第|页|\/|共|\d+)$/

/** The running head of a form's continuation pages (`…绩效目标表（续）`, `项目名称：…`) in the top margin. */
const isHead = (w: PdfWord) => w.y1 <= TABLE_MARGINS[1] + 0.5

/** Words of the page body: the running footer (`第 1 页 / 共 9 页`) sits in the bottom margin, the continuation head in the top one. */
const body = (words: PdfWord[], height: number) => words.filter((w) => !(w.y0 > height - TABLE_MARGINS[3] && FOOTER.test(w.text)) && !isHead(w))

/** Per page, the text of its running head (empty on a form's first page). */
function heads(words: readonly PdfWord[]): Map<number, string> {
  const out = new Map<number, string>()
  for (const w of words.filter(isHead)) out.set(w.page, (out.get(w.page) ?? '') + w.text)
  return out
}

async function render(forms: Parameters<typeof renderFormsPdf>[0]) {
  const file = writeTemp(await renderFormsPdf(forms), 'forms.pdf')
  const { sizes, words } = pdfWords(file)
  return { file, pages: pdfPages(file), blocks: cellTexts(words), sizes, words }
}

describe('performance forms in PDF', () => {
  const doc = loadSample('004')
  const derivation = derive(doc.data, namesFor(2026))
  const forms = buildAllFormModels(derivation, { templateYear: 2026 })
  const rendered = render(forms)

  it('start each form on a new page, in order', async () => {
    const { blocks } = await rendered
    // The first block of a page is a form title only where a form starts; its 项目名称 follows.
    const starts = blocks.filter((b) => forms.some((f) => b[0] === squeeze(f.title)))
    expect(starts).toHaveLength(forms.length)
    expect(starts[0]?.[0]).toBe(squeeze(forms[0]?.title ?? ''))
    forms.slice(1).forEach((f, i) => expect(starts[i + 1]?.slice(0, 5)).toContain(squeeze(f.caption)))
  })

  it('print every 年度资金总额 and every indicator, with the exact characters', async () => {
    const { blocks, pages } = await rendered
    const cells = new Set(blocks.flat())
    const text = squeeze(pages.join(''))
    for (const f of doc.data.performance.projectForms) {
      expect(text).toContain(formatYuanText(projectFormAmounts(derivation, f.projectId).total))
      for (const i of f.annualIndicators) expect(cells).toContain(squeeze(i.name))
    }
    expect(text).toContain('3229.82')
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/) // no Kangxi radicals in place of 门 支 一
  })

  it('keep every word inside the text area and never draw two words over each other', async () => {
    const { sizes, words } = await rendered
    const inBody = body(words, 841.89)
    expect(sizes.every((s) => Math.abs(s.height - 841.89) < 0.01)).toBe(true)
    expect(wordsOutside(inBody, sizes, TABLE_MARGINS)).toEqual([])
    expect(overlappingWords(inBody).map(([a, b]) => `p${a.page} ${a.text} / ${b.text}`)).toEqual([])
    // Nothing but the continuation head sits above the text area.
    for (const [page, head] of heads(words)) expect(head, `page ${page}`).toMatch(/绩效目标(申报)?表（续）/)
  })

  it('cut a group taller than a page into runs, each under the repeated heading', async () => {
    const stress = buildAllFormModels(derive(stressDocument(2025), namesFor(2025)))
    const { blocks, sizes, words } = await render(stress)
    const all = blocks.flat()
    for (let i = 1; i <= 40; i++) expect(all.filter((b) => b.startsWith(`第${i}项服务事项办理数量`))).toHaveLength(1)
    // Pages holding those rows carry the grid heading and the 一级 and 二级 captions again.
    const grid = blocks.filter((p) => p.some((b) => b.includes('项服务事项办理数量')))
    expect(grid.length).toBeGreaterThan(2)
    // Under the continuation head and the 实施期 | 年度 group captions.
    for (const p of grid) expect(p.slice(p.indexOf('绩效指标'), p.indexOf('绩效指标') + 8)).toEqual(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'])
    for (const p of grid) expect(p).toEqual(expect.arrayContaining(['实施期绩效指标', '年度绩效指标']))
    for (const p of grid) expect(p).toEqual(expect.arrayContaining(['产出指标', '数量指标']))
    expect(wordsOutside(body(words, 841.89), sizes, TABLE_MARGINS)).toEqual([])
    expect(overlappingWords(body(words, 841.89))).toEqual([])
    expect(heads(words).size).toBeGreaterThan(1)
  })
})
