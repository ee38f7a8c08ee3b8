// A project named 𠀀村道路维护项目 (CJK Extension B) and text with emoji and symbols: with an
// extension font installed (HanaMinB, Debian fonts-hanazono) the PDF prints every character — the
// text layer gives them back and no glyph is a box; with the extension font hidden the export is
// refused, naming the field and the font to install.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildNarrative } from '../../core/narrative'
import { documentTitle } from '../../core/report'
import { auditPdfBytes } from '../../electron/main/export/audit'
import { fontsDir, resolveFonts } from '../../electron/main/export/pdf/fonts'
import { systemFontDirs } from '../../electron/main/export/pdf/system-fonts'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { envelope } from '../builders/document-builder'
import { readyDocument } from '../inspection/inspection-fixtures'
import { exportDocumentPdf } from './pdf/export-sample'

const PROJECT = '\u{20000}村道路维护项目'
const DUTIES = '负责全市政务服务管理😀，☑ 已核对，⚠ 注意，①②③。'

const document = envelope(
  readyDocument((d) => {
    const project = d.projects?.find((p) => p.id === 'p-goal')
    if (project) project.name = PROJECT
    d.overview = { ...d.overview, duties: DUTIES }
  }),
)

function pdftotext(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'fallback-pdf-')), 'x.pdf')
  writeFileSync(file, bytes)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

describe('PDF fallback fonts', () => {
  it('prints Extension B, emoji and symbols with an extension font installed: text back, no box', async () => {
    const fonts = resolveFonts(fontsDir(), undefined, systemFontDirs())
    expect(
      fonts.fallbacks.some((f) => f.origin === 'extension' && /HanaMinB\.ttf$/.test(String(f.source))),
      'HanaMinB 未安装：apt-get install -y fonts-hanazono',
    ).toBe(true)
    const pdf = await exportDocumentPdf(document, '.', { fonts })
    const text = pdftotext(pdf.bytes).replace(/\s+/g, '')
    expect(text).toContain(PROJECT)
    expect(text).toContain(DUTIES.replace(/\s+/g, ''))
    // The export's own re-read (pdf.js) finds no glyph drawn as .notdef and every figure in place.
    const expected = { tables: pdf.analysis.derivation.tables, narrative: buildNarrative(pdf.analysis.derivation, loadNarrativeTemplate(2026)), title: documentTitle('示例局', 2026) }
    expect((await auditPdfBytes(pdf.bytes, expected, 'fallback.pdf')).mismatches).toEqual([])
  }, 120_000)

  it('refuses the export when no extension font is found, naming the field and the font to install', async () => {
    const fonts = resolveFonts(fontsDir(), undefined, [mkdtempSync(join(tmpdir(), 'no-fonts-'))])
    const refused = exportDocumentPdf(document, '.', { fonts })
    await expect(refused).rejects.toThrow(/字段 projects\[1\]\.name（“\u{20000}村道路维护项目”）中的“\u{20000}”（U\+20000）在 PDF 字体中没有字形/u)
    await expect(refused).rejects.toThrow(/SimSun-ExtB.*HanaMinB（软件包 fonts-hanazono）/)
    // Emoji and symbols print with the bundled fallbacks: only the extension ideograph is refused.
    await expect(refused).rejects.not.toThrow(/U\+1F600|U\+2611/)
  }, 120_000)
})
