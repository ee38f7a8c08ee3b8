// The whole electron-builder run, offline: the real CLI packs a staging copy of the project (fresh
// renderer and main builds, the real yml, the real afterPack hook) for Linux x64 as an unpacked
// `dir` target, with a stand-in Electron distribution in place of the download. Then the result is
// inspected: app.asar's contents, resources/, the flipped fuses — and the packaged node_modules are
// exercised in a plain Node process. Only the installer wrappers (NSIS, AppImage, deb) and the real
// Electron binary are out of reach here.
import { execFile, execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FUSES } from '../../electron/main/security'
import { buildElectron } from '../../scripts/build/electron'
import { buildRenderer } from '../../scripts/build/renderer'
import { builderRequire, CONFIG_FILE, packageJson, resolveFromRoot, ROOT } from './builder-harness'

const run = promisify(execFile)
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

interface Asar {
  listPackage(archive: string, options?: unknown): string[]
  extractAll(archive: string, dest: string): void
  extractFile(archive: string, file: string): Buffer
}
interface Fuses {
  getCurrentFuseWire(path: string): Promise<Record<number, number>>
  FuseV1Options: Record<string, number>
}

let tmp: string
let unpacked: string
let asarFiles: string[]
let builderLog: string
const asar = builderRequire<Asar>('@electron/asar')

/** An unpacked "Electron" for linux-x64: a file with the fuse wire at Electron's defaults, and locales. */
function fakeElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true })
  mkdirSync(join(dir, 'resources'), { recursive: true })
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('\x7fELF stand-in '), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]))
  chmodSync(join(dir, 'electron'), 0o755)
  for (const locale of ['en-US', 'zh-CN', 'zh-TW', 'fr', 'de']) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale)
  writeFileSync(join(dir, 'LICENSE'), 'Electron MIT licence (stand-in)')
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<html>Chromium licences (stand-in)</html>')
  writeFileSync(join(dir, 'chrome-sandbox'), '')
}

/** The project as `npm run dist` sees it, minus what electron-builder never reads. */
async function stageProject(stage: string): Promise<void> {
  for (const f of ['package.json', 'package-lock.json', CONFIG_FILE]) cpSync(join(ROOT, f), join(stage, f))
  for (const d of ['templates', 'samples', 'assets']) cpSync(join(ROOT, d), join(stage, d), { recursive: true })
  for (const f of ['scripts/packaging/after-pack.cjs', 'electron/main/security.ts']) cpSync(join(ROOT, f), join(stage, f), { recursive: true })
  // The production closure as npm itself lists it from the project root, copied as real folders: a
  // symlinked node_modules makes npm (and so electron-builder) misread nested dependencies as missing
  // on a fresh `npm ci` tree. `npm run dist` runs in the project root, where no such link exists.
  const listed = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  for (const dir of listed.split('\n').filter((d) => d.startsWith(join(ROOT, 'node_modules')))) cpSync(dir, join(stage, relative(ROOT, dir)), { recursive: true, dereference: true })
  // Everything else (electron-builder's hooks need @electron/fuses and tsx) is linked entry by entry.
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    const target = join(stage, 'node_modules', entry)
    if (entry.startsWith('@')) {
      mkdirSync(target, { recursive: true })
      for (const sub of readdirSync(join(ROOT, 'node_modules', entry))) if (!existsSync(join(target, sub))) symlinkSync(join(ROOT, 'node_modules', entry, sub), join(target, sub), 'dir')
    } else if (!existsSync(target)) symlinkSync(join(ROOT, 'node_modules', entry), target, 'dir')
  }
  await buildRenderer(ROOT, join(stage, 'dist/renderer'))
  await buildElectron(ROOT, () => undefined, join(stage, 'dist/electron'))
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'packaged-app-'))
  const stage = join(tmp, 'project')
  mkdirSync(stage)
  fakeElectron(join(tmp, 'electron-dist'))
  await stageProject(stage)
  const cli = resolveFromRoot('electron-builder/cli.js')
  const args = [cli, '--linux', 'dir', '--x64', '--config', CONFIG_FILE, `-c.electronDist=${join(tmp, 'electron-dist')}`, `-c.directories.output=${join(tmp, 'release')}`, '--publish', 'never']
  const { stdout, stderr } = await run(process.execPath, args, { cwd: stage, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '' } }).catch((e: { message: string; stdout?: string; stderr?: string }) => {
    throw new Error(`${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`.slice(-4000))
  })
  builderLog = stdout + stderr
  unpacked = join(tmp, 'release', 'linux-unpacked')
  asarFiles = asar.listPackage(join(unpacked, 'resources', 'app.asar')).map((f) => f.replace(/\\/g, '/').replace(/^\//, ''))
}, 240_000)

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe('electron-builder --linux dir with a stand-in Electron', () => {
  it('runs the afterPack hook, which flips every fuse of security.ts on the renamed executable', async () => {
    expect(builderLog).toContain('fuses flipped')
    const exe = join(unpacked, 'budget-disclosure-assistant')
    const fuses = builderRequire<Fuses>('@electron/fuses')
    const wire = await fuses.getCurrentFuseWire(exe)
    for (const [name, value] of Object.entries(FUSES)) expect(wire[fuses.FuseV1Options[name] as number] === 49, name).toBe(value)
  })

  it('app.asar holds the built app and nothing of the sources, tests, scripts or source maps', () => {
    const own = asarFiles.filter((f) => !f.startsWith('node_modules'))
    // The workbook reader's worker thread is its own bundle beside main and preload.
    expect(own).toEqual(expect.arrayContaining(['package.json', 'dist/electron/main/index.cjs', 'dist/electron/preload/index.cjs', 'dist/electron/workbook-worker/index.cjs', 'dist/renderer/index.html']))
    expect(own.filter((f) => !/^(package\.json|dist|dist\/electron|dist\/electron\/(main|preload|workbook-worker)(\/index\.cjs)?|dist\/renderer(\/.*)?)$/.test(f))).toEqual([])
    expect(asarFiles.filter((f) => f.endsWith('.map'))).toEqual([])
    const renderer = readdirSync(join(tmp, 'project', 'dist', 'renderer'), { recursive: true, encoding: 'utf8' }).map((f) => `dist/renderer/${f.replace(/\\/g, '/')}`)
    expect(own).toEqual(expect.arrayContaining(renderer))
  })

  it('the packaged package.json starts main and names the desktop file', () => {
    const pkg = JSON.parse(asar.extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')) as Record<string, unknown>
    expect(pkg).toMatchObject({ main: packageJson().main, version: packageJson().version, desktopName: 'budget-disclosure-assistant.desktop' })
  })

  it('every package main requires is in app.asar’s node_modules, and no development package is', () => {
    for (const dep of Object.keys(packageJson().dependencies)) expect(asarFiles, dep).toContain(`node_modules/${dep}/package.json`)
    for (const dev of ['electron', 'vite', 'react', 'antd', '@expo-google-fonts', 'electron-builder', 'typescript']) expect(asarFiles.some((f) => f.startsWith(`node_modules/${dev}/`)), dev).toBe(false)
  })

  it('resources/ holds templates, samples, fonts and notices; Chromium keeps only zh-CN and en-US', () => {
    const res = join(unpacked, 'resources')
    expect(readdirSync(res).filter((f) => f !== 'app.asar.unpacked').sort()).toEqual(['app.asar', 'assets', 'samples', 'templates', 'third-party-notices.txt'])
    expect(readdirSync(join(res, 'assets', 'fonts')).sort()).toEqual([
      'NotoEmoji_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
      'NotoSansSymbols2_400Regular.ttf',
      'NotoSerifSC_400Regular.ttf',
      'NotoSerifSC_700Bold.ttf',
      'OFL-NotoEmoji.txt',
      'OFL-NotoSansSC.txt',
      'OFL-NotoSansSymbols2.txt',
      'OFL-NotoSerifSC.txt',
      'README.md',
      'fonts.json',
    ])
    expect(readdirSync(join(unpacked, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak'])
    expect(existsSync(join(unpacked, 'LICENSE.electron.txt'))).toBe(true)
  })

  it('nothing had to be unpacked from the asar: no native code (architecture: zero native deps)', () => {
    const unpackedDir = join(unpacked, 'resources', 'app.asar.unpacked')
    const natives = existsSync(unpackedDir) ? readdirSync(unpackedDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.node')) : []
    expect(natives, 'native binaries are built for this machine only, not for arm64 or Windows').toEqual([])
  })

  it('the packaged node_modules alone export a Chinese PDF with the packaged fonts, a workbook and a chart', async () => {
    const app = join(tmp, 'extracted-app')
    asar.extractAll(join(unpacked, 'resources', 'app.asar'), app)
    const smoke = join(ROOT, 'tests', 'packaging', 'packaged-modules-smoke.cjs')
    // What the packaged main bundle loads, as it loads it: require() or import().
    const main = readFileSync(join(app, 'dist', 'electron', 'main', 'index.cjs'), 'utf8')
    const externals = [...main.matchAll(/\b(require|import)\("([^"]+)"\)/g)]
      .map((m) => ({ kind: m[1] as string, id: m[2] as string }))
      .filter((e) => e.id !== 'electron' && !BUILTINS.has(e.id))
    const { stdout } = await run(process.execPath, [smoke, app, join(unpacked, 'resources', 'assets', 'fonts'), JSON.stringify(externals)], { cwd: tmp, env: { PATH: process.env['PATH'] ?? '' } })
    const result = JSON.parse(stdout) as { resolved: Record<string, string>; pdfBytes: number; xlsxSheets: string[]; svgHasText: boolean; mergedPages: number; atomic: string }
    expect(Object.keys(result.resolved)).toEqual(expect.arrayContaining(externals.map((e) => e.id)))
    for (const file of Object.values(result.resolved)) expect(file).toMatch(/^node_modules\//)
    expect(result).toMatchObject({ xlsxSheets: ['表1'], svgHasText: true, mergedPages: 1, atomic: '{}' })
    expect(result.pdfBytes).toBeGreaterThan(1000)
  }, 60_000)
})
