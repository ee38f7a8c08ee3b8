// Small PDFs standing in for the officer's attachments (政府购买服务目录 documents), built with
// pdf-lib: ASCII markers (standard font) so the test can find each page's text in the merged file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import type { BudgetDocument } from '../../../core/document/envelope'
import { envelope, syntheticCarryoverDepartment } from '../../builders/document-builder'

const FIXED = new Date('2025-01-01T00:00:00Z')

export interface FixturePage {
  marker: string
  size: [number, number]
  rotate?: number
}

export async function fixturePdf(pages: readonly FixturePage[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.setCreationDate(FIXED)
  doc.setModificationDate(FIXED)
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (const p of pages) {
    const page = doc.addPage(p.size)
    page.drawText(p.marker, { x: 60, y: p.size[1] - 100, size: 20, font })
    page.drawRectangle({ x: 20, y: 20, width: p.size[0] - 40, height: p.size[1] - 40, borderWidth: 2, borderColor: rgb(0.2, 0.3, 0.6) })
    if (p.rotate) page.setRotation(degrees(p.rotate))
  }
  return doc.save()
}

export const CATALOGUE_PAGES: FixturePage[] = [
  { marker: 'CATALOGUE-A PAGE 1', size: [595.28, 841.89] },
  { marker: 'CATALOGUE-A PAGE 2', size: [595.28, 841.89], rotate: 90 },
]
export const OTHER_PAGES: FixturePage[] = [{ marker: 'OTHER-B PAGE 1', size: [612, 792] }]

export const CATALOGUE_TITLE = '晋财综〔2024〕37号 部门政府购买服务指导性目录'
export const OTHER_TITLE = '其他附件：说明材料'

/** The synthetic department with two attachments in a fresh document folder. */
export async function documentWithAttachments(): Promise<{ document: BudgetDocument; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-attach-'))
  mkdirSync(join(dir, '附件'))
  writeFileSync(join(dir, '附件', 'catalogue.pdf'), await fixturePdf(CATALOGUE_PAGES))
  writeFileSync(join(dir, '附件', 'other.pdf'), await fixturePdf(OTHER_PAGES))
  const data = syntheticCarryoverDepartment()
  data.otherNotes = { purchaseServiceCatalog: '见附件。', other: '无。' }
  data.attachments = [
    { id: 'catalogue', title: CATALOGUE_TITLE, path: '附件/catalogue.pdf', placement: 'purchase-service-catalog' },
    { id: 'other', title: OTHER_TITLE, path: '附件/other.pdf', placement: 'other' },
  ]
  return { document: envelope(data), dir }
}
