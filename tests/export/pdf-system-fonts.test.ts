// The 公文 fonts installed on the computer (Windows, 统信 UOS, 麒麟 Kylin) are found by name in the
// platform's font folders and used by role, embedded as subsets; the office's fonts.json wins and
// Noto stays the fallback. A fake font folder stands in for C:\Windows\Fonts and /usr/share/fonts.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReportDefinition } from '../../core/report/types'
import { fontsDir, resolveFonts, systemRoleFiles } from '../../electron/main/export/pdf/fonts'
import { unprintableCodePoints } from '../../electron/main/export/pdf/font-runs'
import { renderPdf } from '../../electron/main/export/pdf/render-pdf'
import { discoverExtensionFonts, discoverSystemFonts, systemFontDirs } from '../../electron/main/export/pdf/system-fonts'

const noto = resolveFonts(fontsDir(), {})
const sans = String(noto.families.Heading?.normal)
const serif = String(noto.families.Body?.normal)

/** A folder tree laid out as an installed system's: real TTFs (Noto) under the 公文 fonts' names. */
function fakeFontFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'sysfonts-'))
  mkdirSync(join(root, 'truetype', 'cesi'), { recursive: true })
  mkdirSync(join(root, 'wps'), { recursive: true })
  symlinkSync(serif, join(root, 'truetype', 'cesi', 'CESI_FS_GB2312.TTF'))
  symlinkSync(sans, join(root, 'truetype', 'cesi', 'CESI_HT_GB2312.TTF'))
  symlinkSync(serif, join(root, 'wps', '方正小标宋简体.ttf'))
  // A file under a font's name that is no font is passed over.
  writeFileSync(join(root, 'simhei.ttf'), 'not a font')
  writeFileSync(join(root, 'simsun.ttc'), Buffer.concat([Buffer.from('ttcf'), Buffer.alloc(60)]))
  return root
}

function configDir(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'fonts-'))
  writeFileSync(join(dir, 'fonts.json'), JSON.stringify(config))
  return dir
}

const tiny: ReportDefinition = {
  docDefinition: { content: [{ text: '正文用仿宋' }, { text: '标题用小标宋', font: 'Title' }, { text: '一、黑体标题', font: 'Heading' }], defaultStyle: { font: 'Body', fontSize: 16 }, info: { title: 't', creationDate: '2026-01-01T00:00:00Z', modDate: '2026-01-01T00:00:00Z' } },
  footer: { template: '第 {page} 页 / 共 {pages} 页', fontSize: 10, font: 'Body', marginTop: 10 },
  attachmentDestinations: [],
  toc: [],
}

describe('installed 公文 fonts', () => {
  it('knows where Windows and 统信/麒麟 Linux keep their fonts', () => {
    expect(systemFontDirs('win32', { WINDIR: 'D:\\Windows', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'C:\\Users\\a')).toEqual([
      join('D:\\Windows', 'Fonts'),
      join('C:\\Users\\a\\AppData\\Local', 'Microsoft', 'Windows', 'Fonts'),
    ])
    const linux = systemFontDirs('linux', {}, '/home/a')
    expect(linux).toContain('/usr/share/fonts')
    expect(linux).toContain('/home/a/.local/share/fonts')
  })

  it('finds 仿宋, 小标宋, 黑体 and 宋体 by their file names, skipping files that are no fonts', () => {
    const root = fakeFontFolder()
    const set = discoverSystemFonts([root])
    expect(set.fangsong).toBe(join(root, 'truetype', 'cesi', 'CESI_FS_GB2312.TTF'))
    expect(set.heiti).toBe(join(root, 'truetype', 'cesi', 'CESI_HT_GB2312.TTF'))
    expect(set.xiaobiaosong).toBe(join(root, 'wps', '方正小标宋简体.ttf'))
    expect(set.songti).toEqual([join(root, 'simsun.ttc'), 'SimSun'])
    expect(discoverSystemFonts([join(root, 'missing')])).toEqual({})
    expect(systemRoleFiles({ songti: 'songti.ttf' })).toEqual({ body: { normal: 'songti.ttf', bold: 'songti.ttf' }, title: { normal: 'songti.ttf', bold: 'songti.ttf' } })
  })

  it('uses them by role over Noto, embedded as subsets', async () => {
    const root = fakeFontFolder()
    const { songti: _collection, ...set } = discoverSystemFonts([root])
    const fonts = resolveFonts(fontsDir(), set)
    expect(fonts.families.Body).toMatchObject({ normal: set.fangsong, bold: set.heiti })
    expect(fonts.families.Heading).toMatchObject({ normal: set.heiti, bold: set.heiti })
    expect(fonts.families.Title).toMatchObject({ normal: set.xiaobiaosong })
    expect(fonts.files).toContain(set.fangsong)
    const pdf = Buffer.from(await renderPdf(tiny, fonts)).toString('latin1')
    const names = [...pdf.matchAll(/\/BaseFont \/([A-Z]{6})\+(\S+)/g)]
    expect(names.length).toBeGreaterThanOrEqual(2)
    expect(pdf).not.toMatch(/\/BaseFont \/(?![A-Z]{6}\+)[^\s/]*Noto/)
  })

  it('lets the office’s fonts.json win, and keeps Noto when told not to use installed fonts', () => {
    const root = fakeFontFolder()
    const set = discoverSystemFonts([root])
    const own = configDir({ roles: { body: { normal: sans, bold: sans } } })
    expect(resolveFonts(own, set).families.Body).toMatchObject({ normal: sans, bold: sans })
    // The shipped fonts.json names the Noto defaults: that is no choice, the installed fonts apply.
    expect(resolveFonts(fontsDir(), set).families.Body?.normal).toBe(set.fangsong)
    const off = configDir({ systemFonts: false })
    expect(String(resolveFonts(off).families.Body?.normal)).toMatch(/NotoSerifSC_400Regular\.ttf$/)
    expect(String(resolveFonts(fontsDir(), {}).families.Title?.normal)).toMatch(/NotoSerifSC_700Bold\.ttf$/)
  })

  it('finds the installed CJK extension fonts (SimSun-ExtB, HanaMinB …) in the same folders, in order, skipping non-fonts', () => {
    const root = mkdtempSync(join(tmpdir(), 'extfonts-'))
    mkdirSync(join(root, 'truetype', 'hanazono'), { recursive: true })
    symlinkSync(serif, join(root, 'truetype', 'hanazono', 'HanaMinB.ttf'))
    symlinkSync(serif, join(root, 'SIMSUNB.TTF'))
    writeFileSync(join(root, 'Jigmo2.ttf'), 'not a font')
    expect(discoverExtensionFonts([root])).toEqual([join(root, 'SIMSUNB.TTF'), join(root, 'truetype', 'hanazono', 'HanaMinB.ttf')])
    const fonts = resolveFonts(fontsDir(), {}, [root])
    expect(fonts.fallbacks.slice(0, 2).map((f) => [f.origin, f.source])).toEqual([
      ['extension', join(root, 'SIMSUNB.TTF')],
      ['extension', join(root, 'truetype', 'hanazono', 'HanaMinB.ttf')],
    ])
    // Outside the tests the system folders are searched (HanaMinB is installed here), unless fonts.json says no.
    const env = process.env.YSGK_SYSTEM_FONTS
    try {
      delete process.env.YSGK_SYSTEM_FONTS
      expect(resolveFonts(fontsDir(), {}).fallbacks.map((f) => f.origin)).toContain('extension')
      expect(resolveFonts(configDir({ systemFonts: false })).fallbacks.map((f) => f.origin)).toEqual(['bundled', 'bundled'])
    } finally {
      if (env === undefined) delete process.env.YSGK_SYSTEM_FONTS
      else process.env.YSGK_SYSTEM_FONTS = env
    }
  })

  it('puts the fallback fonts named in fonts.json first in the chain, and warns about a missing one', () => {
    const own = configDir({ fallback: [sans, '全字库.ttf'] })
    const fonts = resolveFonts(own, {}, [])
    expect(fonts.fallbacks.map((f) => [f.origin, String(f.source).split('/').pop()])).toEqual([
      ['configured', 'NotoSansSC_700Bold.ttf'],
      ['bundled', 'NotoSansSymbols2_400Regular.ttf'],
      ['bundled', 'NotoEmoji_400Regular.ttf'],
    ])
    expect(fonts.warnings).toEqual(['找不到备用字体文件“全字库.ttf”（fallback），已忽略'])
  })

  it('checks the characters against the installed fonts when they are used, not against Noto', () => {
    // 䶶 (U+4DB6): Noto Serif SC draws it, the installed body font here (a Noto Sans SC Bold under 仿宋's name) does not.
    const def: ReportDefinition = { ...tiny, docDefinition: { ...tiny.docDefinition, content: [{ text: '正文䶶' }] } }
    expect([...unprintableCodePoints(def, resolveFonts(fontsDir(), {}, []))]).toEqual([])
    expect([...unprintableCodePoints(def, resolveFonts(fontsDir(), { fangsong: sans }, []))]).toEqual([0x4db6])
    // The emoji in a 黑体 heading is set in the fallback, so nothing else is refused.
    const heading: ReportDefinition = { ...tiny, docDefinition: { ...tiny.docDefinition, content: [{ text: '一、标题😀', font: 'Heading' }] } }
    expect([...unprintableCodePoints(heading, resolveFonts(fontsDir(), { heiti: serif }, []))]).toEqual([])
  })
})
