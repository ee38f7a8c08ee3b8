import { describe, expect, it } from 'vitest'
import { derive } from '../calc/derive'
import { buildAllFormModels } from '../performance/forms'
import { cell, GridBuilder, type FormModel } from '../performance/form-model'
import { namesFor } from '../../tests/builders/catalog'
import { syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { completeOverallForm, completeProjectForms } from '../../tests/performance/form-builders'
import { formColumnWidths, joinTail, performanceFormSection, performanceFormsForReport } from './performance-forms'
import { joinSpanned, partition, pieceBody } from './performance-forms/pieces'
import { TABLE_LAYOUTS } from './styles'
import type { PdfNode } from './types'

function forms(): FormModel[] {
  const d = syntheticCarryoverDepartment()
  d.performance.projectForms = completeProjectForms(d)
  d.performance.overall = completeOverallForm()
  return buildAllFormModels(derive(d, namesFor(2026)))
}

/** Every table node inside a pdfmake node, depth first. */
function tables(node: unknown): PdfNode[] {
  if (Array.isArray(node)) return node.flatMap(tables)
  if (!node || typeof node !== 'object') return []
  const n = node as PdfNode
  const own = n.table ? [n] : []
  return [...own, ...Object.values(n).flatMap(tables)]
}

const allTexts = (n: unknown): string[] => JSON.stringify(n).match(/"text":"[^"]*"/g)?.map((m) => m.slice(8, -1)) ?? []

describe('performance forms as pdfmake content', () => {
  it('give one root section per form (each starts a page), portrait, bookmarked under 十', () => {
    const content = performanceFormsForReport(derive(syntheticCarryoverDepartment(), namesFor(2026)))
    expect(content).toEqual([])
    const sections = forms().map((f) => performanceFormSection(f, { bookmarkParent: 'section-10' }))
    expect(sections).toHaveLength(4)
    for (const s of sections) {
      expect(s.pageOrientation).toBe('portrait')
      const title = (s.section as PdfNode[])[0] as PdfNode
      expect(title).toMatchObject({ outline: true, outlineParentId: 'section-10' })
    }
    expect(((sections[1]?.section as PdfNode[])[0] as PdfNode).outlineText).toBe('示例业务经费（项目支出绩效目标表）')
  })

  it('never split rows, repeat the indicator heading and keep each group in one unbreakable stack row', () => {
    const [, project] = forms()
    const all = tables(performanceFormSection(project as FormModel))
    const stacks = all.filter((t) => t.layout === 'noBorders')
    const grids = all.filter((t) => t.layout === TABLE_LAYOUTS.grid)
    expect(stacks.every((t) => (t.table as PdfNode).dontBreakRows === true)).toBe(true)
    const headed = stacks.find((t) => (t.table as PdfNode).headerRows === 1) as PdfNode
    expect((headed.table as PdfNode).keepWithHeaderRows).toBe(1)
    // The heading piece (column groups 实施期 | 年度, then the heading), then 产出 (4 rows), 效益 (4
    // rows) and 满意度 (1 row) joined into one tail kept with the signature line: a page never
    // carries the one 满意度 row alone.
    const rows = (headed.table as PdfNode).body as PdfNode[][]
    const pieceTable = (cell: PdfNode) => ((cell.table ? cell : (cell.stack as PdfNode[])[0]) as PdfNode).table as PdfNode
    expect(rows.map((r) => (pieceTable(r[0] as PdfNode).body as unknown[]).length)).toEqual([2, 4 + 4 + 1])
    expect(allTexts(pieceTable(rows[0]?.[0] as PdfNode).body)).toEqual(expect.arrayContaining(['实施期绩效指标', '年度绩效指标']))
    expect(JSON.stringify(rows[rows.length - 1])).toContain('负责人')
    for (const g of grids) expect(((g.table as PdfNode).widths as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(formColumnWidths(project as FormModel).reduce((a, b) => a + b, 0), 5)
  })

  it('joins the last pieces into a tail tall enough to share a page, within the limit', () => {
    const pieces = [{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 8, end: 9 }]
    const h = (p: { start: number; end: number }) => (p.end - p.start) * 30
    expect(joinTail(pieces, h, 10_000)).toEqual([{ start: 0, end: 9 }])
    // Joining stops at the limit, and once the tail is tall enough.
    expect(joinTail(pieces, h, 200)).toEqual([{ start: 0, end: 4 }, { start: 4, end: 9 }])
    expect(joinTail([{ start: 0, end: 1 }, { start: 1, end: 20 }], h, 10_000)).toEqual([{ start: 0, end: 1 }, { start: 1, end: 20 }])
  })

  it('cut spans at piece edges: open under a repeated heading, captioned again elsewhere', () => {
    const g = new GridBuilder(2)
    g.put(0, 0, cell('标题', 'label', { rowSpan: 3 }))
    g.line(0, [cell('甲', 'value')])
    g.line(1, [cell('乙', 'value')])
    g.line(2, [cell('丙', 'value')])
    const rows = g.build()
    expect(partition(3, [{ start: 1, end: 3 }])).toEqual([{ start: 0, end: 1 }, { start: 1, end: 3 }])
    const open = pieceBody(rows, { start: 1, end: 3 }, 'open')
    expect(open[0]?.[0]).toMatchObject({ text: '', rowSpan: 2, border: [true, false, true, true] })
    expect(pieceBody(rows, { start: 1, end: 2 }, 'open')[0]?.[0]).toMatchObject({ text: '', border: [true, false, true, true] })
    const repeat = pieceBody(rows, { start: 1, end: 3 }, 'repeat')
    expect(repeat[0]?.[0]).toMatchObject({ text: '标题', rowSpan: 2, border: [true, true, true, true] })
    expect(pieceBody(rows, { start: 0, end: 1 }, 'open')[0]?.[0]).toEqual({ text: '标题', alignment: 'center', verticalAlignment: 'middle' })
    // Pieces a span joins are printed together when they fit on a page.
    expect(joinSpanned(rows, [{ start: 0, end: 1 }, { start: 1, end: 3 }], [20, 20, 20], 100)).toEqual([{ start: 0, end: 3 }])
    expect(joinSpanned(rows, [{ start: 0, end: 1 }, { start: 1, end: 3 }], [20, 20, 20], 50)).toHaveLength(2)
  })
})
