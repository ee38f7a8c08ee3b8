// Self-audit of the exported Word copy: read word/document.xml back (no conversion, no layout) and
// compare it with the model — the cover title, every 情况说明 sentence verbatim, every table title
// and every table figure inside that table's part of the document, in row order.
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { formatTableCell } from '../../../../core/money/format'
import { narrativePartTitle } from '../../../../core/report/narrative'
import { TABLE_IDS, type TableModel } from '../../../../core/tables/table-model'
import type { PdfExpectation } from './audit-pdf'
import type { AuditMismatch, AuditReport } from './audit-report'
import { compact } from './read-pdf-text'
import { docxParagraphs, documentXml, type DocxParagraph } from './read-docx-text'

const NUMBER = /\d[\d,]*(?:\.\d+)?/gu
const TOC_TITLE = '目 录'
const short = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s)

function figures(t: TableModel): { text: string; rowKey: string; column: string }[] {
  return t.rows.flatMap((r) => r.cells.flatMap((c, i) => (c !== null && c.kind === 'money' && c.value !== 0 ? [{ text: formatTableCell(c.value), rowKey: r.key, column: t.columns[i]?.key ?? String(i) }] : [])))
}

function sentences(expected: PdfExpectation): string[] {
  const n = expected.narrative
  return [
    narrativePartTitle(n),
    ...n.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : []))]),
    ...n.glossary.flatMap((g) => g.split('\n')),
  ]
}

/** Index of the first paragraph at or after `from` whose text is `text` (outside tables). */
function findParagraph(ps: readonly DocxParagraph[], text: string, from: number): number {
  for (let i = from; i < ps.length; i++) if (!(ps[i] as DocxParagraph).inTable && compact((ps[i] as DocxParagraph).text) === compact(text)) return i
  return -1
}

export function auditDocxBytes(bytes: Uint8Array, expected: PdfExpectation, file = 'Word 文件'): AuditReport {
  const name = basename(file)
  const mismatches: AuditMismatch[] = []
  const miss = (m: Omit<AuditMismatch, 'file'>) => mismatches.push({ file: name, ...m })
  const ps = docxParagraphs(documentXml(bytes, name))
  const tocAt = findParagraph(ps, TOC_TITLE, 0)
  const cover = compact(ps.slice(0, tocAt < 0 ? 3 : tocAt).map((p) => p.text).join(''))
  if (!cover.includes(compact(expected.title))) miss({ kind: 'title', message: `${name}：封面未读到“${expected.title}”` })
  const text = compact(ps.map((p) => p.text).join(''))
  let checked = 0
  for (const s of sentences(expected)) {
    if (text.includes(compact(s))) checked += (s.match(NUMBER) ?? []).length
    else miss({ kind: 'sentence', message: `${name}：情况说明中读不到“${short(s)}”` })
  }
  // Each table's part: from its title to the next table's title (or the 情况说明 title).
  const afterToc = Math.max(0, tocAt + 1)
  const starts = TABLE_IDS.map((id) => findParagraph(ps, expected.tables[id].title, afterToc))
  const end = findParagraph(ps, narrativePartTitle(expected.narrative), Math.max(afterToc, ...starts) + 1)
  TABLE_IDS.forEach((id, i) => {
    const t = expected.tables[id]
    const first = starts[i] as number
    if (first < 0) {
      miss({ kind: 'title', table: id, message: `${name}：找不到${t.label}的标题“${t.title}”` })
      return
    }
    const next = [...starts.slice(i + 1), end].find((p) => p > first) ?? ps.length
    const tokens = ps.slice(first, next).map((p) => p.text.trim())
    let at = 0
    for (const f of figures(t)) {
      const k = tokens.indexOf(f.text, at)
      if (k < 0) {
        miss({ kind: 'table-figure', table: id, rowKey: f.rowKey, column: f.column, message: `${name}：${t.label}中应有 ${f.text}（行 ${f.rowKey}，列 ${f.column}），未按顺序读到` })
        continue
      }
      checked++
      at = k + 1
    }
  })
  return { checked, mismatches, files: [file] }
}

export async function auditDocx(docxPath: string, expected: PdfExpectation): Promise<AuditReport> {
  return auditDocxBytes(new Uint8Array(await readFile(docxPath)), expected, docxPath)
}
