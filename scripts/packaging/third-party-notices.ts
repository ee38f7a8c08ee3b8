// `npm run notices` (also run by `npm run dist`): writes assets/third-party-notices.txt, the licences
// of everything the installed app carries that we did not write — the PDF fonts, Electron, the
// production node_modules and the libraries compiled into the renderer — from the packages'
// own package.json and LICENCE files. Shipped as resources/third-party-notices.txt (electron-builder.yml)
// and shown in 关于 (app:about). No network; deterministic, so the committed file diffs cleanly.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { productionPackages, rendererPackages, sortPackages, type BundledPackage } from './bundled-packages'

export const NOTICES_FILE = 'assets/third-party-notices.txt'

/** The PDF fonts shipped in resources/assets/fonts, with their licence files in assets/fonts. */
export const FONT_NOTICES = [
  { name: 'Noto Serif SC（思源宋体）', files: 'NotoSerifSC_400Regular.ttf, NotoSerifSC_700Bold.ttf', licence: 'OFL-1.1', licenceFile: 'assets/fonts/OFL-NotoSerifSC.txt' },
  { name: 'Noto Sans SC（思源黑体）', files: 'NotoSansSC_700Bold.ttf', licence: 'OFL-1.1', licenceFile: 'assets/fonts/OFL-NotoSansSC.txt' },
  { name: 'Noto Sans Symbols 2（符号备用字体）', files: 'NotoSansSymbols2_400Regular.ttf', licence: 'OFL-1.1', licenceFile: 'assets/fonts/OFL-NotoSansSymbols2.txt' },
  { name: 'Noto Emoji（表情备用字体，单色）', files: 'NotoEmoji_400Regular.ttf', licence: 'OFL-1.1', licenceFile: 'assets/fonts/OFL-NotoEmoji.txt' },
] as const

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i
const RULE = '='.repeat(78)
const THIN = '-'.repeat(78)

interface PackageJson {
  license?: string | { type?: string }
  licenses?: Array<{ type?: string }>
  author?: string | { name?: string }
  homepage?: string
  repository?: string | { url?: string }
}

export function licenceOf(pkg: PackageJson): string {
  if (typeof pkg.license === 'string') return pkg.license
  if (pkg.license?.type) return pkg.license.type
  const many = (pkg.licenses ?? []).map((l) => l.type).filter(Boolean)
  return many.length > 0 ? many.join(' OR ') : 'UNKNOWN'
}

function sourceOf(pkg: PackageJson): string | undefined {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  return (repo ?? pkg.homepage)?.replace(/^git\+/, '').replace(/\.git$/, '')
}

/** LICENSE / LICENCE / COPYING / NOTICE files at the top of a package, sorted by name. */
export function licenceTexts(dir: string): Array<{ file: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => LICENCE_FILE.test(f) && statSync(join(dir, f)).isFile())
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim() }))
}

/** The heading of one package's section; tests look packages up by it. */
export function packageHeading(p: Pick<BundledPackage, 'name' | 'version'>, licence: string): string {
  return `${p.name} ${p.version} — ${licence}`
}

function packageSection(p: BundledPackage): string {
  const pkg = JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')) as PackageJson
  const licence = licenceOf(pkg)
  const lines = [THIN, packageHeading(p, licence)]
  const source = sourceOf(pkg)
  if (source) lines.push(`来源 / Source: ${source}`)
  const texts = licenceTexts(p.dir)
  if (texts.length === 0) {
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name
    lines.push('', `（软件包内无许可证文件；package.json 声明的许可证为 ${licence}${author ? `，作者 ${author}` : ''}。）`)
  }
  for (const t of texts) lines.push('', `[${t.file}]`, t.text)
  return lines.join('\n')
}

/** One entry per name@version: a package both in node_modules and in the renderer is listed once. */
export function uniquePackages(...lists: BundledPackage[][]): BundledPackage[] {
  const seen = new Map<string, BundledPackage>()
  for (const p of lists.flat()) if (!seen.has(`${p.name}@${p.version}`)) seen.set(`${p.name}@${p.version}`, p)
  return sortPackages([...seen.values()])
}

export function renderNotices(root: string, packages: BundledPackage[], electron: BundledPackage): string {
  const header = [
    '预算公开编制助手 — 第三方软件与字体许可声明',
    'Third-party software and font notices',
    '',
    '本程序包含下列第三方字体与软件。它们的版权归各自的权利人所有，按下列许可证随本程序分发。',
    'Electron 与 Chromium 的完整许可证另见安装目录中的 LICENSE.electron.txt 与 LICENSES.chromium.html。',
    '本文件由 scripts/packaging/third-party-notices.ts 根据各软件包自带的 package.json 与许可证文件生成。',
  ]
  const fonts = FONT_NOTICES.map((f) =>
    [THIN, `${f.name} — ${f.licence}`, `文件 / Files: ${f.files}`, '', readFileSync(join(root, f.licenceFile), 'utf8').replace(/\r\n/g, '\n').trim()].join('\n'),
  )
  return [
    header.join('\n'),
    `${RULE}\n一、字体 / Fonts`,
    ...fonts,
    `${RULE}\n二、运行环境 / Runtime`,
    packageSection(electron),
    `${RULE}\n三、程序库 / Libraries (${packages.length})`,
    ...packages.map(packageSection),
    '',
  ].join('\n\n')
}

export async function bundledLibraries(root: string): Promise<BundledPackage[]> {
  return uniquePackages(await productionPackages(root), await rendererPackages(root))
}

export function electronPackage(root: string): BundledPackage {
  const dir = join(root, 'node_modules', 'electron')
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
  return { name: 'electron', version, dir }
}

export async function writeNotices(root: string): Promise<{ file: string; packages: number }> {
  const packages = await bundledLibraries(root)
  const text = renderNotices(root, packages, electronPackage(root))
  writeFileSync(join(root, NOTICES_FILE), text)
  return { file: NOTICES_FILE, packages: packages.length }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { file, packages } = await writeNotices(resolve(import.meta.dirname, '..', '..'))
  console.log(`已生成 ${file}（${packages} 个程序库）`)
}
