// 关于 (app:about): the version, the budget years with templates, the fonts the PDF export embeds
// (with their licences), and the third-party notices shipped beside the app.
import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { ResponseOf } from '../../core/api/contract'
import { FONT_FAMILY } from '../../core/report/types'
import { FONT_ROLES, resolveFonts, type FontSource } from './export/pdf/fonts'
import { ABOUT, APP_NAME } from './text/zh-cn'

export const NOTICES_FILE_NAME = 'third-party-notices.txt'

export type AboutInfo = ResponseOf<'app:about'>
export type AboutFont = AboutInfo['fonts'][number]

/** Packaged: `<resources>/third-party-notices.txt` (extraResources); otherwise the repository's assets/. */
export function noticesPathFor(appRoot: string, resourcesPath?: string): string {
  const packaged = resourcesPath ? join(resourcesPath, NOTICES_FILE_NAME) : undefined
  return packaged && existsSync(packaged) ? packaged : join(appRoot, 'assets', NOTICES_FILE_NAME)
}

export function readNotices(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ABOUT.noticesMissing
  }
}

function fontName(file: string): { name: string; licence: string } {
  if (/^NotoSerifSC[_-]/i.test(file)) return { name: ABOUT.notoSerif, licence: ABOUT.ofl }
  if (/^NotoSansSC[_-]/i.test(file)) return { name: ABOUT.notoSans, licence: ABOUT.ofl }
  if (/^NotoSansSymbols2[_-]/i.test(file)) return { name: ABOUT.notoSymbols, licence: ABOUT.ofl }
  if (/^NotoEmoji[_-]/i.test(file)) return { name: ABOUT.notoEmoji, licence: ABOUT.ofl }
  return { name: file, licence: ABOUT.ownFont }
}

const fileOf = (s: FontSource) => basename(typeof s === 'string' ? s : s[0])

/** The font files the PDF export would use now (fonts.json in `fontsDir`), one entry per file. */
export function fontsInUse(fontsDir: string): AboutFont[] {
  let fonts: ReturnType<typeof resolveFonts>
  try {
    fonts = resolveFonts(fontsDir)
  } catch {
    return []
  }
  const byFile = new Map<string, AboutFont>()
  const use = (file: string, label: string) => {
    const entry = byFile.get(file) ?? { ...fontName(file), file, usedFor: [] }
    if (!entry.usedFor.includes(label)) entry.usedFor.push(label)
    byFile.set(file, entry)
  }
  for (const role of FONT_ROLES) {
    const family = fonts.families[FONT_FAMILY[role]]
    if (!family) continue
    for (const file of new Set([fileOf(family.normal), fileOf(family.bold)])) use(file, ABOUT.fontRoles[role])
  }
  for (const f of fonts.fallbacks) use(fileOf(f.source), ABOUT.fallbackUse)
  return [...byFile.values()]
}

export function runtimeLabel(versions: NodeJS.ProcessVersions = process.versions): string {
  const v = versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string }
  return v.electron ? `Electron ${v.electron}（Chromium ${v.chrome ?? '?'}）` : `Node.js ${v.node}`
}

export function aboutInfo(input: { version: string; supportedYears: number[]; fontsDir: string; noticesPath: string }): AboutInfo {
  return {
    productName: APP_NAME,
    version: input.version,
    runtime: runtimeLabel(),
    supportedYears: input.supportedYears,
    fonts: fontsInUse(input.fontsDir),
    notices: readNotices(input.noticesPath),
  }
}
