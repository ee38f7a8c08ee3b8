// How a reviewer leafs through an exported PDF: the lines of each page, pages that carry only the
// tail of a block, tables cut against their one-page rule, form pages without their title.
import type { FormModel } from '../../../core/performance/form-model'
import { DRAFT_MARK_COMPACT } from '../../../core/report/draft-mark'
import { compact, FOOTER_PATTERN, readingOrder, type PageText, type ReadPdf } from './read-pdf'

/** The running footer (`第 N 页 / 共 M 页` or `— N —`): on every page, never content. */
const FOOTER_LINE = new RegExp(`^(?:${FOOTER_PATTERN.source})$`)

export function isRunningLine(line: string): boolean {
  return FOOTER_LINE.test(line)
}

/** The page's text as lines (same baseline within 1.5 pt), whitespace removed, blank lines dropped. */
export function pageLines(page: PageText): string[] {
  const lines: string[] = []
  let lastY = Number.NaN
  for (const it of readingOrder(page.items)) {
    // The 核对稿 mark runs diagonally across the page: it is no line of the page's content.
    const s = compact(it.str).replaceAll(DRAFT_MARK_COMPACT, '')
    if (s === '') continue
    if (Math.abs(it.y - lastY) <= 1.5) lines[lines.length - 1] += s
    else lines.push(s)
    lastY = it.y
  }
  return lines
}

export function contentLines(page: PageText): string[] {
  return pageLines(page).filter((l) => !isRunningLine(l))
}

/** A line this short is a signature line, a “无。”, a caption: never a page's whole content. */
const SHORT_LINE = 80

/**
 * Pages that carry a running footer (so not the cover or an attached PDF) and nothing else but at
 * most two short lines: the tail of a block pushed onto a page of its own.
 */
export function orphanPages(read: ReadPdf): { page: number; lines: string[] }[] {
  const out: { page: number; lines: string[] }[] = []
  for (const page of read.pages) {
    const all = pageLines(page)
    if (!all.some(isRunningLine)) continue
    const lines = all.filter((l) => !isRunningLine(l))
    if (lines.length <= 2 && lines.every((l) => l.length <= SHORT_LINE)) out.push({ page: page.page, lines })
  }
  return out
}

/** Bookmark text of a form (core/report/performance-forms). */
export function formOutlineText(form: FormModel): string {
  return form.kind === 'overall' ? form.title : `${form.caption}（项目支出绩效目标表）`
}

export interface FormPages {
  form: FormModel
  first: number
  last: number
}

/** Pages of each form: from its bookmark to the page before the next form's (the last one to `end`). */
export function formPageRanges(read: ReadPdf, forms: readonly FormModel[], end: number): FormPages[] {
  // Two projects may share a name: each form takes the next bookmark of its text, in order.
  let at = 0
  const starts = forms.map((f) => {
    const k = read.outline.findIndex((o, i) => i >= at && o.title === formOutlineText(f))
    if (k < 0) throw new Error(`no bookmark for form “${f.caption}”`)
    at = k + 1
    return (read.outline[k] as { page: number }).page
  })
  return forms.map((form, i) => ({ form, first: starts[i] as number, last: (starts[i + 1] ?? end + 1) - 1 }))
}

/** What a continuation page of a form lacks: the title, the project name, the column-group labels. */
export function missingOnFormPage(page: PageText, form: FormModel): string[] {
  const text = contentLines(page).join('')
  const missing: string[] = []
  if (!text.includes(compact(form.title))) missing.push('表名')
  if (form.kind === 'project' && !text.includes(compact(form.caption))) missing.push('项目名称')
  const halves = form.rows.some((r) => r.cells.filter((c) => c?.text === '二级指标').length === 2)
  if (halves && text.includes('二级指标') && !(text.includes('实施期') && text.includes('年度绩效'))) missing.push('实施期/年度')
  return missing
}
