// The samples' workbooks printed by LibreOffice (`--convert-to pdf`): the conversion succeeds,
// every table prints one page wide with its header on every page in its orientation, and
// pdftotext finds every figure of every table, with zero printed blank.
import { beforeAll, describe, expect, it } from 'vitest'
import { TABLE_IDS, type TableModel } from '../../core/tables/table-model'
import { loadSample } from '../samples/sample-files'
import { SEED_IDS } from '../seeds/seed-files'
import { analyzeDocument, convertToPdf, exportXlsx, pdfPages, pdfPageSizes, tempDir } from './xlsx-fixtures'
import { missingFigures, missingHeaderTexts, pagesByTable, tableFigures } from './xlsx-print'

describe.each(SEED_IDS)('sample %s printed through LibreOffice', (seed) => {
  let tables: TableModel[]
  let pages: string[]
  let sizes: { width: number; height: number }[]
  let byTable: Map<string, number[]>

  beforeAll(async () => {
    const doc = loadSample(seed)
    const analysis = analyzeDocument(doc)
    tables = TABLE_IDS.map((id) => analysis.derivation.tables[id])
    const dir = tempDir(`xlsx-pdf-${seed}-`)
    const [file] = await exportXlsx(doc, analysis, dir)
    const pdf = convertToPdf(file as string, dir)
    pages = pdfPages(pdf)
    sizes = pdfPageSizes(pdf)
    byTable = pagesByTable(pages, tables)
  })

  it('prints all 13 tables in order on A4 pages in each table’s orientation', () => {
    expect(sizes).toHaveLength(pages.length)
    expect([...byTable.keys()]).toEqual([...TABLE_IDS])
    for (const t of tables) {
      for (const i of byTable.get(t.id) ?? []) {
        const { width, height } = sizes[i] as { width: number; height: number }
        const [short, long] = [Math.min(width, height), Math.max(width, height)]
        expect([Math.round(short), Math.round(long)], `${t.id} page ${i + 1}`).toEqual([595, 842])
        expect(width > height ? 'landscape' : 'portrait', `${t.id} page ${i + 1}`).toBe(t.orientation)
      }
    }
  })

  it('prints every page one page wide with the header rows and the page footer', () => {
    const problems: string[] = []
    for (const t of tables) {
      for (const i of byTable.get(t.id) ?? []) {
        const missing = missingHeaderTexts(t, pages[i] as string)
        if (missing.length > 0) problems.push(`${t.id} page ${i + 1}: ${missing.join('、')}`)
        if (!(pages[i] as string).includes(`第 ${i + 1} 页 共 ${pages.length} 页`)) problems.push(`${t.id} page ${i + 1}: no footer`)
      }
    }
    expect(problems).toEqual([])
  })

  it('prints every figure of every table, and no zero', () => {
    const missing = tables.flatMap((t) => missingFigures(t, (byTable.get(t.id) ?? []).map((i) => pages[i]).join('\n')))
    expect(missing).toEqual([])
    expect(tables.reduce((n, t) => n + tableFigures(t).length, 0)).toBeGreaterThan(100)
    expect(pages.join('\n').split(/\s+/)).not.toContain('0.00')
  })

  it('prints 注：本表无数据 under exactly the empty tables', () => {
    for (const t of tables) {
      const text = (byTable.get(t.id) ?? []).map((i) => pages[i]).join('\n')
      expect(text.includes('注：本表无数据'), t.id).toBe(t.empty)
    }
  })
})
