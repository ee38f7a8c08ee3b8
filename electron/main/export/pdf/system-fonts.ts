// The 公文 fonts installed on the officer's computer: 仿宋_GB2312 / 仿宋 (body), 方正小标宋 / 小标宋
// (titles), 黑体 (headings) and 宋体. Every government PC has them: Windows in C:\Windows\Fonts,
// 统信 UOS and 麒麟 Kylin under /usr/share/fonts (the CESI fonts, WPS's fonts). Found by file name
// (the names these fonts ship under) and checked to be a TrueType/OpenType file; nothing is parsed
// further here. Returns the font set only: fonts.ts decides the roles, the user's fonts.json wins.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { FontSource } from './fonts'

export type SystemFontKind = 'fangsong' | 'xiaobiaosong' | 'heiti' | 'songti'

/** The installed 公文 fonts found, by kind (absent when not installed). */
export type SystemFontSet = Partial<Record<SystemFontKind, FontSource>>

interface Candidate {
  name: RegExp
  /** PostScript name of the face inside a .ttc collection. */
  face?: string
}

/** File names in order of preference (GB2312 versions first, as 公文 templates name them). */
export const SYSTEM_FONT_CANDIDATES: Record<SystemFontKind, readonly Candidate[]> = {
  fangsong: [
    { name: /^仿宋_GB2312\.ttf$/i },
    { name: /^FANGSONG_GB2312\.ttf$/i },
    { name: /^CESI_FS_GB2312\.ttf$/i },
    { name: /^CESI仿宋-GB2312\.ttf$/i },
    { name: /^simfang\.ttf$/i },
    { name: /^仿宋\.ttf$/i },
    { name: /^方正仿宋_GBK\.ttf$/i },
    { name: /^FZFSK\.ttf$/i },
    { name: /^STFANGSO\.ttf$/i },
  ],
  xiaobiaosong: [
    { name: /^方正小标宋简体\.ttf$/i },
    { name: /^FZXBSJW(--GB1-0)?\.ttf$/i },
    { name: /^方正小标宋_GBK\.ttf$/i },
    { name: /^FZXBSK\.ttf$/i },
    { name: /^CESI_XBS_GB2312\.ttf$/i },
    { name: /^CESI小标宋-GB2312\.ttf$/i },
    { name: /^小标宋\.ttf$/i },
  ],
  heiti: [
    { name: /^simhei\.ttf$/i },
    { name: /^黑体\.ttf$/i },
    { name: /^CESI_HT_GB2312\.ttf$/i },
    { name: /^CESI黑体-GB2312\.ttf$/i },
    { name: /^方正黑体_GBK\.ttf$/i },
    { name: /^FZHTK\.ttf$/i },
  ],
  songti: [
    { name: /^simsun\.ttc$/i, face: 'SimSun' },
    { name: /^simsun\.ttf$/i },
    { name: /^宋体\.ttf$/i },
    { name: /^CESI_SS_GB2312\.ttf$/i },
    { name: /^CESI宋体-GB2312\.ttf$/i },
    { name: /^方正书宋_GBK\.ttf$/i },
    { name: /^FZSSK\.ttf$/i },
    { name: /^STSONG\.ttf$/i },
  ],
}

/** Where the fonts are installed on this platform. */
export function systemFontDirs(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  if (platform === 'win32') {
    const windows = env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows'
    return [join(windows, 'Fonts'), ...(env.LOCALAPPDATA ? [join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts')] : [])]
  }
  if (platform === 'darwin') return ['/Library/Fonts', '/System/Library/Fonts', join(home, 'Library', 'Fonts')]
  // 统信 UOS, 麒麟 Kylin and other Linux: fontconfig's folders and the WPS Office fonts.
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local', 'share', 'fonts'), join(home, '.fonts'), '/opt/kingsoft/wps-office/office6/fonts']
}

/** Folders this deep and this many entries at most: a font folder is shallow; a loop or a huge tree is not scanned. */
const MAX_DEPTH = 4
const MAX_ENTRIES = 20_000

/** Every font file under the folders (name → first path found). */
function listFontFiles(dirs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>()
  let seen = 0
  const walk = (dir: string, depth: number) => {
    if (depth > MAX_DEPTH || seen > MAX_ENTRIES) return
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      if (++seen > MAX_ENTRIES) return
      const path = join(dir, e.name)
      if (e.isDirectory()) walk(path, depth + 1)
      else if ((e.isFile() || e.isSymbolicLink()) && /\.(ttf|ttc|otf)$/i.test(e.name)) {
        const key = e.name.normalize('NFC')
        if (!files.has(key)) files.set(key, path)
      }
    }
  }
  for (const d of dirs) walk(d, 0)
  return files
}

/** True when the file starts like a TrueType, OpenType or TrueType-collection file. */
export function isFontFile(path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const head = Buffer.alloc(4)
    if (readSync(fd, head, 0, 4, 0) !== 4) return false
    const tag = head.toString('latin1')
    return head.readUInt32BE(0) === 0x00010000 || tag === 'true' || tag === 'OTTO' || tag === 'ttcf'
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function findCandidate(files: ReadonlyMap<string, string>, c: Candidate): FontSource | undefined {
  const hit = [...files].find(([name, path]) => c.name.test(name) && isFontFile(path))
  if (!hit) return undefined
  return c.face ? [hit[1], c.face] : hit[1]
}

/** The installed 公文 fonts under `dirs` (the platform's font folders by default). */
export function discoverSystemFonts(dirs: readonly string[] = systemFontDirs()): SystemFontSet {
  const files = listFontFiles(dirs)
  const set: SystemFontSet = {}
  for (const kind of Object.keys(SYSTEM_FONT_CANDIDATES) as SystemFontKind[]) {
    for (const c of SYSTEM_FONT_CANDIDATES[kind]) {
      const found = findCandidate(files, c)
      if (!found) continue
      set[kind] = found
      break
    }
  }
  return set
}

/**
 * Fonts for the CJK extension ideographs (Extension B and later, U+20000…, such as 𠀀 in a village
 * name), which neither 公文 fonts nor Noto SC carry: Windows ships SimSun-ExtB (simsunb.ttf),
 * MingLiU-ExtB (mingliub.ttc) and, on Windows 11, SimSun-ExtG; on Linux 花园明朝 HanaMinB
 * (Debian/统信/麒麟 package fonts-hanazono), 全宋体, 天珩全字库 and 字雲 Jigmo2 are found.
 */
export const EXTENSION_FONT_CANDIDATES: readonly Candidate[] = [
  { name: /^simsunb\.ttf$/i },
  { name: /^mingliub\.ttc$/i, face: 'MingLiU-ExtB' },
  { name: /^HanaMinB\.(ttf|otf)$/i },
  { name: /^FSung-2\.ttf$/i },
  { name: /^TH-Tshyn-P2\.ttf$/i },
  { name: /^Jigmo2\.ttf$/i },
  { name: /^simsunextg\.ttf$/i },
]

/** The installed extension-ideograph fonts under `dirs`, in the order of EXTENSION_FONT_CANDIDATES. */
export function discoverExtensionFonts(dirs: readonly string[] = systemFontDirs()): FontSource[] {
  const files = listFontFiles(dirs)
  return EXTENSION_FONT_CANDIDATES.map((c) => findCandidate(files, c)).filter((f): f is FontSource => f !== undefined)
}
