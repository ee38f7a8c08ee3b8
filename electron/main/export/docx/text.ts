// Paragraph and run helpers of the .docx writer. Every text goes through xmlSafeText: characters
// XML forbids (an officer may paste them) would make Word report a damaged file.
import { Bookmark, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx'
import { xmlSafeText } from '../xlsx/xml-text'

export function run(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafeText(text) })
}

export function paragraph(text: string, style: string, options: Omit<IParagraphOptions, 'text' | 'children' | 'style'> = {}): Paragraph {
  return new Paragraph({ ...options, style, children: text === '' ? [] : [run(text)] })
}

/** Word bookmark names: letters, digits and underscores, at most 40 characters, starting with a letter. */
export function bookmarkName(id: string): string {
  return `_${id}`.replace(/[^A-Za-z0-9_]/g, '_').replace(/^_/, 'b_').slice(0, 40)
}

/** A heading paragraph that is also a bookmark (the 目录's hyperlinks point at it). */
export function headingParagraph(text: string, heading: NonNullable<IParagraphOptions['heading']>, id: string, options: Omit<IParagraphOptions, 'text' | 'children' | 'heading'> = {}): Paragraph {
  return new Paragraph({ ...options, heading, children: [new Bookmark({ id: bookmarkName(id), children: [run(text)] })] })
}
