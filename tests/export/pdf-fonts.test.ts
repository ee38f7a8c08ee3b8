// The font registry (assets/fonts/fonts.json → files, Noto fallback from npm) and the text layer's
// code points: the radical check must be able to fail, so a PDF that really holds radicals is read too.
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReportDefinition } from '../../core/report/types'
import { fontsDir, locateFont, resolveFonts } from '../../electron/main/export/pdf/fonts'
import { renderPdf } from '../../electron/main/export/pdf/render-pdf'
import { RADICALS, readPdf } from './pdf/read-pdf'

function tinyReport(text: string): ReportDefinition {
  return {
    docDefinition: { content: [{ text }, { text: '标题', font: 'Heading' }], defaultStyle: { font: 'Body', fontSize: 16 }, info: { title: 't', creationDate: '2026-01-01T00:00:00Z', modDate: '2026-01-01T00:00:00Z' } },
    footer: { template: '第 {page} 页 / 共 {pages} 页', fontSize: 10, font: 'Body', marginTop: 10 },
    attachmentDestinations: [],
    toc: [],
  }
}

function configDir(roles: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'fonts-'))
  writeFileSync(join(dir, 'fonts.json'), JSON.stringify({ roles }))
  return dir
}

describe('font registry', () => {
  it('resolves the three roles from assets/fonts/fonts.json, falling back to the npm Noto fonts', () => {
    const fonts = resolveFonts(fontsDir())
    expect(Object.keys(fonts.families)).toEqual(['Body', 'Heading', 'Title'])
    expect(fonts.warnings).toEqual([])
    expect(String(fonts.families.Body?.normal)).toMatch(/NotoSerifSC_400Regular\.ttf$/)
    expect(String(fonts.families.Heading?.bold)).toMatch(/NotoSansSC_700Bold\.ttf$/)
  })

  it('uses a font the office dropped into the fonts folder, without code changes', async () => {
    const dir = configDir({ body: { normal: '仿宋_GB2312.ttf', bold: '仿宋_GB2312.ttf' } })
    // Stand-in for an installed 仿宋_GB2312: any TTF under that name.
    symlinkSync(String(resolveFonts(fontsDir()).families.Heading?.normal), join(dir, '仿宋_GB2312.ttf'))
    const fonts = resolveFonts(dir)
    expect(fonts.families.Body?.normal).toBe(join(dir, '仿宋_GB2312.ttf'))
    const pdf = Buffer.from(await renderPdf(tinyReport('正文用仿宋'), fonts))
    expect(pdf.includes('NotoSansSC')).toBe(true)
    expect(pdf.includes('NotoSerifSC')).toBe(false)
  })

  it('falls back with a warning when a configured file is missing', () => {
    const fonts = resolveFonts(configDir({ title: { normal: '方正小标宋简体.ttf' } }))
    expect(fonts.warnings).toEqual(['找不到字体文件“方正小标宋简体.ttf”（title），已改用默认字体'])
    expect(String(fonts.families.Title?.normal)).toMatch(/NotoSerifSC_700Bold\.ttf$/)
  })

  it('accepts absolute paths and faces of a .ttc collection', () => {
    const file = String(resolveFonts(fontsDir()).families.Body?.normal)
    expect(locateFont(file, '/nowhere')).toBe(file)
    const dir = mkdtempSync(join(tmpdir(), 'ttc-'))
    symlinkSync(file, join(dir, 'simsun.ttc'))
    expect(locateFont('simsun.ttc#SimSun', dir)).toEqual([join(dir, 'simsun.ttc'), 'SimSun'])
  })
})

describe('text layer code points', () => {
  it('writes the ideographs typed, and the radical check catches radicals when they are there', async () => {
    const fonts = resolveFonts(fontsDir())
    const good = await readPdf(await renderPdf(tinyReport('部门支出一般公共预算'), fonts))
    const goodText = good.pages[0]?.items.map((i) => i.str).join('') ?? ''
    expect(goodText).toContain('部门支出一般公共预算')
    expect(goodText).not.toMatch(RADICALS)
    const bad = await readPdf(await renderPdf(tinyReport('部⻔⽀出⼀般'), fonts))
    expect(bad.pages[0]?.items.map((i) => i.str).join('')).toMatch(RADICALS)
  })
})
