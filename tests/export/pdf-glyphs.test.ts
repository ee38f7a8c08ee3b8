// A character the PDF's fonts lack would print as an empty box: the export refuses it naming the
// field, and the self-audit flags a PDF that has boxes anyway.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../core/rules/analyze'
import { buildNarrative } from '../../core/narrative'
import { documentTitle } from '../../core/report'
import { auditPdfBytes } from '../../electron/main/export/audit'
import { buildPdf } from '../../electron/main/export/pdf/build-pdf'
import { resolveFonts } from '../../electron/main/export/pdf/fonts'
import { commonCoverage, fontCoverage } from '../../electron/main/export/pdf/glyph-coverage'
import { renderPdf } from '../../electron/main/export/pdf/render-pdf'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { envelope } from '../builders/document-builder'
import { readyDocument } from '../inspection/inspection-fixtures'
import { FIXED_TIME } from './pdf/export-sample'

describe('glyph coverage of the PDF fonts', () => {
  it('reads the bundled fonts’ cmaps: BMP ideographs drawn, Extension B and emoji not', () => {
    const has = commonCoverage(resolveFonts().families)
    for (const ch of ['中', '㐀', '℃', '①', 'A']) expect(has(ch.codePointAt(0) as number), ch).toBe(true)
    for (const ch of ['\u{20000}', '\u{1F600}', '\u202E']) expect(has(ch.codePointAt(0) as number), ch).toBe(false)
  })

  it('picks a face of a .ttc by its PostScript name', () => {
    const ttc = new Uint8Array(readFileSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'))
    const sc = fontCoverage(ttc, 'NotoSansCJKsc-Bold')
    expect(sc.has(0x4e2d)).toBe(true)
    expect(sc.size).toBeGreaterThan(30_000)
  })

  it('refuses to export a name with a character the fonts lack, naming the field', async () => {
    const data = readyDocument()
    data.department.displayName = '\u{20000}村示例局'
    const document = envelope(data)
    const analysis = analyze(document.data, loadCatalog(2026))
    await expect(buildPdf({ document, analysis, outDir: '.', baseName: 'x', generatedAt: FIXED_TIME, documentDir: '.' })).rejects.toThrow(
      /字段 department\.displayName（“\u{20000}村示例局”）中的“\u{20000}”（U\+20000）在 PDF 字体中没有字形/u,
    )
  })

  it('the self-audit flags a PDF that printed boxes', async () => {
    const document = envelope(readyDocument())
    const analysis = analyze(document.data, loadCatalog(2026))
    const built = await buildPdf({ document, analysis, outDir: '.', baseName: 'x', generatedAt: FIXED_TIME, documentDir: '.' })
    // The same definition with one run the fonts cannot draw, rendered without the export's check
    // and without the fallback fonts: 𠀀 and 😀 are forced into Noto Serif SC, which lacks both.
    const def = structuredClone(built.definition)
    ;(def.docDefinition as { content: unknown[] }).content.push({ text: '\u{20000}村道路维护项目😀' })
    const boxed = await renderPdf(def, { ...resolveFonts(), fallbacks: [] })
    const expected = { tables: analysis.derivation.tables, narrative: buildNarrative(analysis.derivation, loadNarrativeTemplate(2026)), title: documentTitle('示例局', 2026) }
    expect((await auditPdfBytes(built.bytes, expected, 'good.pdf')).mismatches).toEqual([])
    const report = await auditPdfBytes(boxed, expected, 'boxed.pdf')
    expect(report.mismatches.map((m) => m.kind)).toContain('missing-glyph')
    expect(report.mismatches.find((m) => m.kind === 'missing-glyph')?.message).toMatch(/boxed\.pdf：第 \d+ 页有 2 个字符字体中没有字形，印成了方框/)
  })
})
