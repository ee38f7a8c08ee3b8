// Font registry for the PDF: role (body / heading / title) → TTF files. For each role, in order:
// the file the office named in assets/fonts/fonts.json (looked up in assets/fonts/ or taken as an
// absolute path) when it differs from the shipped default; else the 公文 font installed on the
// computer (system-fonts: 仿宋 body, 黑体 headings, 小标宋 titles, 宋体 where one is missing);
// else the bundled open-licence Noto fonts from the npm packages. Behind them, for characters the
// role's font lacks, the fallback chain (font-runs.ts): fonts.json's "fallback" files → the installed
// CJK extension fonts (SimSun-ExtB, HanaMinB …) → Noto Sans Symbols 2 → Noto Emoji.
// `"systemFonts": false` in fonts.json, or YSGK_SYSTEM_FONTS=off (the tests), keeps the installed
// fonts out, the extension fonts included.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FAMILY, type FontRole } from '../../../../core/report/types'
import { discoverExtensionFonts, discoverSystemFonts, type SystemFontSet } from './system-fonts'

export const FONT_ROLES: readonly FontRole[] = ['body', 'heading', 'title']

/** A file path, or `[path, postScriptName]` for a face inside a .ttc collection (pdfmake's form). */
export type FontSource = string | [string, string]

export interface RoleFiles {
  normal: string
  bold: string
}

export const DEFAULT_ROLE_FILES: Record<FontRole, RoleFiles> = {
  body: { normal: 'NotoSerifSC_400Regular.ttf', bold: 'NotoSerifSC_700Bold.ttf' },
  heading: { normal: 'NotoSansSC_700Bold.ttf', bold: 'NotoSansSC_700Bold.ttf' },
  title: { normal: 'NotoSerifSC_700Bold.ttf', bold: 'NotoSerifSC_700Bold.ttf' },
}

/** Where each default file lives inside its npm package. */
const PACKAGED_DEFAULTS: Record<string, string> = {
  'NotoSerifSC_400Regular.ttf': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'NotoSerifSC_700Bold.ttf': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  'NotoSansSC_700Bold.ttf': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'NotoSansSymbols2_400Regular.ttf': '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf',
  'NotoEmoji_400Regular.ttf': '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
}

/** The shipped fallback fonts, last in every chain: symbols (☑ ⚠ ✓ …), then monochrome emoji. */
export const DEFAULT_FALLBACK_FILES = ['NotoSansSymbols2_400Regular.ttf', 'NotoEmoji_400Regular.ttf'] as const

/** A font for the characters a role's font lacks, registered with pdfmake as its own family. */
export interface FallbackFont {
  family: string
  source: FontSource
  /** configured: named in fonts.json; extension: an installed CJK extension font; bundled: Noto. */
  origin: 'configured' | 'extension' | 'bundled'
}

export interface ResolvedFonts {
  /** pdfmake's font dictionary, keyed by FONT_FAMILY names. */
  families: Record<string, { normal: FontSource; bold: FontSource; italics: FontSource; bolditalics: FontSource }>
  /** The fallback chain, in order, tried for every character a run's own font lacks. */
  fallbacks: FallbackFont[]
  /** Every file the PDF may read (pdfmake's local access policy allows exactly these). */
  files: string[]
  /** Configured files that were not found (their role fell back to the default). */
  warnings: string[]
}

export function fontsDir(resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath): string {
  if (resourcesPath) {
    const packaged = join(resourcesPath, 'assets', 'fonts')
    if (existsSync(packaged)) return packaged
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'assets', 'fonts')
}

function packagedDefault(name: string): string | undefined {
  const rel = PACKAGED_DEFAULTS[name]
  if (!rel) return undefined
  try {
    const file = createRequire(import.meta.url).resolve(rel)
    return existsSync(file) ? file : undefined
  } catch {
    return undefined
  }
}

/** `name` → an existing file: assets/fonts/name, an absolute path, or the npm package's copy. */
export function locateFont(name: string, dir: string): FontSource | undefined {
  const [file, face] = name.split('#') as [string, string | undefined]
  const candidates = isAbsolute(file) ? [file] : [join(dir, file)]
  for (const c of candidates) if (existsSync(c)) return face ? [c, face] : c
  return packagedDefault(file)
}

interface FontsConfig {
  roles?: Partial<Record<FontRole, Partial<RoleFiles>>>
  /** false: never use the fonts installed on the computer. */
  systemFonts?: boolean
  /** Fallback font files (tried before the installed extension fonts), e.g. a 全字库 font. */
  fallback?: string[]
}

function readConfig(dir: string, warnings: string[]): FontsConfig {
  const file = join(dir, 'fonts.json')
  if (!existsSync(file)) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as FontsConfig
  } catch (e) {
    warnings.push(`字体配置文件 ${file} 无法读取（${e instanceof Error ? e.message : String(e)}），已使用默认字体`)
    return {}
  }
}

/** The installed 公文 fonts by role: 仿宋 body (bold: 黑体), 黑体 headings, 小标宋 titles; 宋体 stands in for a missing 仿宋 or 小标宋. */
export function systemRoleFiles(set: SystemFontSet): Partial<Record<FontRole, { normal: FontSource; bold: FontSource }>> {
  const out: Partial<Record<FontRole, { normal: FontSource; bold: FontSource }>> = {}
  const body = set.fangsong ?? set.songti
  if (body) out.body = { normal: body, bold: set.heiti ?? body }
  if (set.heiti) out.heading = { normal: set.heiti, bold: set.heiti }
  const title = set.xiaobiaosong ?? set.songti
  if (title) out.title = { normal: title, bold: title }
  return out
}

/** Whether the installed fonts may be used (YSGK_SYSTEM_FONTS=off keeps the tests on Noto). */
export function systemFontsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.YSGK_SYSTEM_FONTS !== 'off'
}

function sourcePath(s: FontSource): string {
  return typeof s === 'string' ? s : s[0]
}

/** pdfmake's font dictionary: the roles' families and one family per fallback font. */
export function pdfFamilies(fonts: Pick<ResolvedFonts, 'families' | 'fallbacks'>): ResolvedFonts['families'] {
  const out = { ...fonts.families }
  for (const f of fonts.fallbacks) out[f.family] = { normal: f.source, bold: f.source, italics: f.source, bolditalics: f.source }
  return out
}

function fallbackChain(dir: string, config: FontsConfig, extensionFonts: readonly FontSource[], warnings: string[]): FallbackFont[] {
  const chain: FallbackFont[] = []
  const add = (source: FontSource, origin: FallbackFont['origin']) => chain.push({ family: `Fallback${chain.length + 1}`, source, origin })
  for (const name of Array.isArray(config.fallback) ? config.fallback : []) {
    const found = typeof name === 'string' ? locateFont(name, dir) : undefined
    if (found) add(found, 'configured')
    else warnings.push(`找不到备用字体文件“${String(name)}”（fallback），已忽略`)
  }
  for (const source of extensionFonts) add(source, 'extension')
  for (const name of DEFAULT_FALLBACK_FILES) {
    const found = locateFont(name, dir)
    if (!found) throw new Error(`找不到备用字体 ${name}：请将其放入 ${dir}，或安装 @expo-google-fonts/noto-sans-symbols-2 与 noto-emoji`)
    add(found, 'bundled')
  }
  return chain
}

/**
 * `system`: the installed 公文 fonts to use, `extensionDirs`: the folders to look for CJK extension
 * fonts in (both discovered on the computer unless fonts.json says `"systemFonts": false` or
 * YSGK_SYSTEM_FONTS=off); tests pass a fake font folder's set and the folders they mean.
 */
export function resolveFonts(dir = fontsDir(), system?: SystemFontSet, extensionDirs?: readonly string[]): ResolvedFonts {
  const warnings: string[] = []
  const config = readConfig(dir, warnings)
  const discover = config.systemFonts !== false && systemFontsAllowed()
  const installed = systemRoleFiles(system ?? (discover ? discoverSystemFonts() : {}))
  const extensionFonts = extensionDirs ? discoverExtensionFonts(extensionDirs) : discover ? discoverExtensionFonts() : []
  const families: ResolvedFonts['families'] = {}
  const files = new Set<string>()
  for (const role of FONT_ROLES) {
    const pick = (weight: keyof RoleFiles): FontSource => {
      // The shipped fonts.json names the defaults: only a different name is the office's choice.
      const wanted = config.roles?.[role]?.[weight]
      if (wanted && wanted !== DEFAULT_ROLE_FILES[role][weight]) {
        const found = locateFont(wanted, dir)
        if (found) return found
        warnings.push(`找不到字体文件“${wanted}”（${role}），已改用默认字体`)
      }
      const own = installed[role]?.[weight]
      if (own) return own
      const fallback = locateFont(DEFAULT_ROLE_FILES[role][weight], dir)
      if (!fallback) throw new Error(`找不到默认字体 ${DEFAULT_ROLE_FILES[role][weight]}：请将其放入 ${dir}，或安装 @expo-google-fonts/noto-serif-sc 与 noto-sans-sc`)
      return fallback
    }
    const normal = pick('normal')
    const bold = pick('bold')
    files.add(resolve(sourcePath(normal)))
    files.add(resolve(sourcePath(bold)))
    families[FONT_FAMILY[role]] = { normal, bold, italics: normal, bolditalics: bold }
  }
  const fallbacks = fallbackChain(dir, config, extensionFonts, warnings)
  for (const f of fallbacks) files.add(resolve(sourcePath(f.source)))
  return { families, fallbacks, files: [...files], warnings }
}
