// Navigation of the exported PDF for all three samples: bookmarks per part, table and section;
// the printed 目录 numbers equal the real pages of the headings; its links go there; the running
// footer numbers every page after the cover.
import { describe, expect, it } from 'vitest'
import { GLOSSARY_TITLE } from '../../core/report/glossary'
import { narrativePartTitle } from '../../core/report/narrative'
import { OVERVIEW_TITLE } from '../../core/report/overview'
import { tablesPartTitle } from '../../core/report/tables'
import { TABLE_IDS } from '../../core/tables/table-model'
import { exportSamplePdf, SAMPLE_IDS } from './pdf/export-sample'
import { compact, compactPageText } from './pdf/read-pdf'
import { printedToc } from './pdf/toc-lines'

describe.each(SAMPLE_IDS)('PDF structure of sample %s', (id) => {
  it('has a bookmark per part, per table and per section, each on its heading’s page', async () => {
    const { read, analysis, narrative } = await exportSamplePdf(id)
    const tables = analysis.derivation.tables
    const year = analysis.derivation.data.department.budgetYear
    const top = read.outline.filter((o) => o.depth === 0).map((o) => o.title)
    expect(top).toEqual(['目录', OVERVIEW_TITLE, tablesPartTitle(year), narrativePartTitle(narrative), GLOSSARY_TITLE])
    const under = (title: string) => {
      const i = read.outline.findIndex((o) => o.title === title)
      const depth = (read.outline[i] as { depth: number }).depth
      const out: string[] = []
      for (let j = i + 1; j < read.outline.length && (read.outline[j] as { depth: number }).depth > depth; j++) {
        if ((read.outline[j] as { depth: number }).depth === depth + 1) out.push((read.outline[j] as { title: string }).title)
      }
      return out
    }
    expect(under(tablesPartTitle(year))).toEqual(TABLE_IDS.map((t) => tables[t].tocTitle))
    expect(under(narrativePartTitle(narrative))).toEqual(narrative.sections.map((s) => s.heading))
    expect(under(OVERVIEW_TITLE)).toEqual(['一、本部门职责', '二、机构设置情况'])
    for (const o of read.outline) {
      expect(o.page, o.title).toBeGreaterThan(1)
      // Table bookmarks read `表一2026年…`; the page prints the title `2026年…`. A project form's
      // bookmark reads `<项目名称>（项目支出绩效目标表）`; its page prints the name in the form.
      const printed = o.title === '目录' ? '目录' : o.title.replace(/^表[一二三四五六七八九十]+(?=\d{4}年)/, '').replace(/（项目支出绩效目标表）$/, '')
      expect(compactPageText(read.pages[o.page - 1] as never), `${o.title} on page ${o.page}`).toContain(compact(printed))
    }
  })

  it('prints the 目录 with the real page numbers of the headings and links to them', async () => {
    const { read, definition } = await exportSamplePdf(id)
    const tocPage = read.outline.find((o) => o.title === '目录')?.page as number
    const firstPart = read.outline.find((o) => o.title === OVERVIEW_TITLE)?.page as number
    const printed = printedToc(read, tocPage, firstPart - 1)
    expect(printed.map((p) => p.text)).toEqual(definition.toc.map((e) => compact(e.text)))
    for (const [i, e] of definition.toc.entries()) {
      const real = await read.destinationPage(e.id)
      expect(printed[i]?.page, e.text).toBe(real)
      expect(read.outline.some((o) => o.title === e.text && o.page === real), `bookmark for ${e.text}`).toBe(true)
    }
    // Every 目录 line is a link to its heading's page, and the 目录 holds no other links.
    const tocLinks = read.links.filter((l) => l.page >= tocPage && l.page < firstPart)
    expect(new Set(tocLinks.map((l) => l.target))).toEqual(new Set(printed.map((p) => p.page)))
  })

  it('numbers every page after the cover in the running footer', async () => {
    const { read } = await exportSamplePdf(id)
    const n = read.pageCount
    expect(compactPageText(read.pages[0] as never)).not.toMatch(/第\d+页/)
    for (const p of read.pages.slice(1)) {
      const text = p.items.map((i) => i.str).join('').replace(/\s+/g, '')
      expect(text, `page ${p.page}`).toContain(`第${p.page}页/共${n}页`)
    }
  })
})
