// Self-audit of the exported PDF (official-rules (c)14): read the text back as a checker does and
// compare it with the model — real ideographs (no Kangxi radicals, nothing lost), the cover title,
// every 情况说明 sentence verbatim, every table figure on its table's pages in row order.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { formatTableCell } from '../../../../core/money/format'
import type { Narrative } from '../../../../core/narrative/narrative-model'
import { narrativePartTitle } from '../../../../core/report/narrative'
import { TABLE_IDS, type TableId, type TableModel, type TableSet } from '../../../../core/tables/table-model'
import type { AuditMismatch, AuditReport } from './audit-report'
import { compact, compactPageText, RADICALS_GLOBAL, readingOrder, readPdf, type ReadPdf } from './read-pdf-text'

export interface PdfExpectation {
  tables: TableSet
  narrative: Narrative
  /** `{名称}{年}年度部门预算公开`, printed on the cover. */
  title: string
}

/** U+FFFD and private-use code points: glyphs a checker cannot read. */
const LOST = /[\ufffd\ue000-\uf8ff]/gu

/** pdf.js reads a glyph drawn as .notdef (the font lacks the character: a printed box) as U+0000. */
const BOXES = /\u0000/gu

/** Figures of a 情况说明 sentence: amounts, percentages, counts. */
const NUMBER = /\d[\d,]*(?:\.\d+)?/gu

interface ExpectedFigure {
  text: string
  rowKey: string
  column: string
}

function expectedFigures(t: TableModel): ExpectedFigure[] {
  return t.rows.flatMap((r) =>
    r.cells.flatMap((c, i) => (c !== null && c.kind === 'money' && c.value !== 0 ? [{ text: formatTableCell(c.value), rowKey: r.key, column: t.columns[i]?.key ?? String(i) }] : [])),
  )
}

/** First and last page of each table: from its bookmark to the page before the next one's. */
function tablePages(read: ReadPdf, tables: TableSet, endTitle: string): Map<TableId, { first: number; last: number }> {
  const pageOf = (title: string) => read.outline.find((o) => o.title === title)?.page
  const out = new Map<TableId, { first: number; last: number }>()
  const starts = TABLE_IDS.map((id) => pageOf(tables[id].tocTitle))
  const end = pageOf(endTitle) ?? read.pageCount + 1
  TABLE_IDS.forEach((id, i) => {
    const first = starts[i]
    if (first === undefined || first < 1) return
    const next = starts.slice(i + 1).find((p) => p !== undefined && p > 0) ?? end
    out.set(id, { first, last: Math.max(first, next - 1) })
  })
  return out
}

function tokens(read: ReadPdf, first: number, last: number): string[] {
  const out: string[] = []
  for (let p = first; p <= last; p++) for (const it of readingOrder(read.pages[p - 1]?.items ?? [])) if (it.str.trim() !== '') out.push(it.str.trim())
  return out
}

function sentences(n: Narrative): string[] {
  return [
    narrativePartTitle(n),
    ...n.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : []))]),
    ...n.glossary.flatMap((g) => g.split('\n')),
  ]
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s)

export async function auditPdfBytes(bytes: Uint8Array, expected: PdfExpectation, file = 'PDF'): Promise<AuditReport> {
  const name = basename(file)
  const read = await readPdf(bytes)
  const mismatches: AuditMismatch[] = []
  const miss = (m: Omit<AuditMismatch, 'file'>) => mismatches.push({ file: name, ...m })
  const raw = read.pages.map((p) => p.items.map((i) => i.str).join('')).join('')
  if (compact(raw).length < 20) {
    miss({ kind: 'no-text', message: `${name}：没有可提取的文字层（扫描件或图片），检查程序无法读取` })
    return { checked: 0, mismatches, files: [file] }
  }
  const radicals = raw.match(RADICALS_GLOBAL) ?? []
  if (radicals.length > 0) {
    const sample = [...new Set(radicals)].slice(0, 5).join('')
    miss({ kind: 'radicals', message: `${name}：文字层中有 ${radicals.length} 个康熙部首或部首补充字符（如“${sample}”），检查程序会把“门”“支”“一”等字读错，请更换字体后重新导出` })
  }
  const lost = raw.match(LOST) ?? []
  if (lost.length > 0) miss({ kind: 'lost-characters', message: `${name}：文字层中有 ${lost.length} 个无法识别的字符（字体缺少Unicode映射），检查程序读不出这些字` })
  const boxes = read.pages.flatMap((p) => (p.items.some((i) => i.str.includes('\u0000')) ? [p.page] : []))
  if (boxes.length > 0) {
    const count = (raw.match(BOXES) ?? []).length
    miss({ kind: 'missing-glyph', message: `${name}：第 ${boxes.slice(0, 10).join('、')} 页有 ${count} 个字符字体中没有字形，印成了方框，请修改这些字后重新导出` })
  }
  const text = read.pages.map(compactPageText).join('')
  if (!compactPageText(read.pages[0] ?? { page: 1, width: 0, height: 0, items: [] }).includes(compact(expected.title))) {
    miss({ kind: 'title', message: `${name}：封面未读到“${expected.title}”` })
  }
  let checked = 0
  for (const s of sentences(expected.narrative)) {
    if (text.includes(compact(s))) checked += (s.match(NUMBER) ?? []).length
    else miss({ kind: 'sentence', message: `${name}：情况说明中读不到“${short(s)}”` })
  }
  const pages = tablePages(read, expected.tables, narrativePartTitle(expected.narrative))
  for (const id of TABLE_IDS) {
    const t = expected.tables[id]
    const range = pages.get(id)
    if (!range) {
      miss({ kind: 'title', table: id, message: `${name}：找不到${t.label}（书签“${t.tocTitle}”）` })
      continue
    }
    const found = tokens(read, range.first, range.last)
    let at = 0
    for (const f of expectedFigures(t)) {
      const i = found.indexOf(f.text, at)
      if (i < 0) {
        miss({ kind: 'table-figure', table: id, rowKey: f.rowKey, column: f.column, message: `${name}：${t.label}第${range.first}–${range.last}页应有 ${f.text}（行 ${f.rowKey}，列 ${f.column}），未按顺序读到` })
        continue
      }
      checked++
      at = i + 1
    }
  }
  return { checked, mismatches, files: [file] }
}

export async function auditPdf(pdfPath: string, expected: PdfExpectation): Promise<AuditReport> {
  return auditPdfBytes(new Uint8Array(await readFile(pdfPath)), expected, pdfPath)
}
