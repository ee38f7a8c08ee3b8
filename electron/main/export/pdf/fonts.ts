// Font registry for the PDF: role (body / heading / title) → TTF files. assets/fonts/fonts.json
// names the files; each is looked up in assets/fonts/ (or taken as an absolute path), and the
// bundled open-licence Noto fonts from the npm packages are the fallback. An office can switch to
// 仿宋_GB2312 / 方正小标宋 by dropping the files in and editing fonts.json — no code change.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FONT_FAMILY, type FontRole } from '../../../../core/report/types'

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
}

export interface ResolvedFonts {
  /** pdfmake's font dictionary, keyed by FONT_FAMILY names. */
  families: Record<string, { normal: FontSource; bold: FontSource; italics: FontSource; bolditalics: FontSource }>
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

function readConfig(dir: string, warnings: string[]): Partial<Record<FontRole, Partial<RoleFiles>>> {
  const file = join(dir, 'fonts.json')
  if (!existsSync(file)) return {}
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { roles?: Partial<Record<FontRole, Partial<RoleFiles>>> }
    return parsed.roles ?? {}
  } catch (e) {
    warnings.push(`字体配置文件 ${file} 无法读取（${e instanceof Error ? e.message : String(e)}），已使用默认字体`)
    return {}
  }
}

function sourcePath(s: FontSource): string {
  return typeof s === 'string' ? s : s[0]
}

export function resolveFonts(dir = fontsDir()): ResolvedFonts {
  const warnings: string[] = []
  const config = readConfig(dir, warnings)
  const families: ResolvedFonts['families'] = {}
  const files = new Set<string>()
  for (const role of FONT_ROLES) {
    const pick = (weight: keyof RoleFiles): FontSource => {
      const wanted = config[role]?.[weight]
      if (wanted) {
        const found = locateFont(wanted, dir)
        if (found) return found
        warnings.push(`找不到字体文件“${wanted}”（${role}），已改用默认字体`)
      }
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
  return { families, files: [...files], warnings }
}
