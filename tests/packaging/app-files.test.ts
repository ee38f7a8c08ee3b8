// What goes into app.asar: the built main and preload bundles are compiled here (into a temporary
// folder, so dist/ is left alone), and every module they require or import() at runtime must be a
// builtin, Electron, or a production dependency that electron-builder copies and its `files` filter keeps.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rendererDirFor } from '../../electron/main/paths'
import { buildElectron } from '../../scripts/build/electron'
import { productionPackages, type BundledPackage } from '../../scripts/packaging/bundled-packages'
import { appFileFilter, loadConfig, nodeModuleFileFilter, packageJson, resolveFromRoot, ROOT, type BuilderConfig } from './builder-harness'

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
const PLATFORMS = ['win', 'linux'] as const

let out: string
let config: BuilderConfig
let bundles: Record<'main' | 'preload', string>
let production: BundledPackage[]

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'packaging-bundles-'))
  ;[config, production] = await Promise.all([loadConfig(), productionPackages(ROOT), buildElectron(ROOT, () => undefined, out)]).then(([c, p]) => [c, p] as const)
  bundles = {
    main: await readFile(join(out, 'main', 'index.cjs'), 'utf8'),
    preload: await readFile(join(out, 'preload', 'index.cjs'), 'utf8'),
  }
})

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

/** Every `require(…)` and `import(…)` in a CommonJS bundle: literal ids, and the count of computed ones. */
function externalsIn(source: string): { ids: string[]; imports: string[]; computed: number } {
  const ids = new Set<string>()
  const imports = new Set<string>()
  let computed = 0
  for (const m of source.matchAll(/\b(require|import)\s*\(\s*([^)]*?)\s*\)/g)) {
    const literal = /^(["'])([^"']+)\1$/.exec(m[2] ?? '')
    if (!literal?.[2]) computed++
    else if (m[1] === 'import') imports.add(literal[2])
    else ids.add(literal[2])
  }
  return { ids: [...ids, ...imports].sort(), imports: [...imports].sort(), computed }
}

const packageOf = (id: string) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : (id.split('/')[0] ?? id))

/** The file Node loads for `id`: CommonJS resolution, or for `import()` of a package without an exports map, its file. */
function entryOf(id: string, viaImport: boolean): string {
  try {
    return resolveFromRoot(id)
  } catch (e) {
    if (!viaImport) throw e
    const name = packageOf(id)
    const dir = dirname(resolveFromRoot(`${name}/package.json`))
    const subpath = id.slice(name.length + 1)
    const file = subpath ? join(dir, subpath) : join(dir, (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main?: string }).main ?? 'index.js')
    if (!existsSync(file)) throw new Error(`import('${id}') does not resolve (looked for ${file})`)
    return file
  }
}

describe('the bundles’ runtime requires', () => {
  it('the preload requires only electron (a sandboxed preload can require nothing else)', () => {
    expect(externalsIn(bundles.preload)).toEqual({ ids: ['electron'], imports: [], computed: 0 })
  })

  it('main requires or imports only builtins, electron and production dependencies, all by literal name', () => {
    const { ids, computed } = externalsIn(bundles.main)
    expect(computed).toBe(0)
    const deps = Object.keys(packageJson().dependencies)
    const others = ids.filter((id) => !BUILTINS.has(id) && id !== 'electron')
    expect(others.length).toBeGreaterThan(0)
    for (const id of others) expect(deps, `${id} is required at runtime but is not in "dependencies"`).toContain(packageOf(id))
  })

  it('no package code is compiled into main or preload: packages stay in node_modules with their licences', () => {
    for (const source of Object.values(bundles)) expect(source).not.toMatch(/^\/\/ (?:.*\/)?node_modules\//m)
  })

  it('each required package is in the tree electron-builder copies, and the filter keeps its entry file', () => {
    const { ids, imports } = externalsIn(bundles.main)
    for (const id of ids.filter((i) => !BUILTINS.has(i) && i !== 'electron')) {
      const entry = entryOf(id, imports.includes(id))
      const pkg = production.find((p) => entry.startsWith(`${p.dir}/`))
      expect(pkg, `${id} resolves to ${entry}, outside the production node_modules`).toBeDefined()
      if (!pkg) continue
      expect(pkg.name).toBe(packageOf(id))
      for (const platform of PLATFORMS) {
        const keep = nodeModuleFileFilter(config, platform, pkg.dir)
        expect(keep(relative(pkg.dir, entry)), `${platform}: ${id} → ${relative(pkg.dir, entry)}`).toBe(true)
        expect(keep('package.json')).toBe(true)
      }
    }
  })

  it('no native module among them: one build serves x64 and arm64, Windows and Linux (architecture: zero native deps)', () => {
    const native = production.filter((p) => readdirSync(p.dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.node') || f === 'binding.gyp'))
    // A prebuilt .node is for the build machine only: arm64 and Windows packages would carry the wrong one.
    expect(native.map((p) => `${p.name}@${p.version}`), 'native code in production dependencies').toEqual([])
  })

  it('electron-builder copies no development-only package', () => {
    const names = new Set(production.map((p) => p.name))
    for (const dev of ['electron', 'vite', 'vitest', 'react', 'antd', 'typescript', 'electron-builder', '@expo-google-fonts/noto-serif-sc', '@expo-google-fonts/noto-sans-symbols-2', '@expo-google-fonts/noto-emoji']) expect(names.has(dev), dev).toBe(false)
  })
})

describe('the files filter (app.asar)', () => {
  it('keeps package.json, its main, the preload and the whole built renderer', () => {
    const pkg = packageJson()
    for (const platform of PLATFORMS) {
      const keep = appFileFilter(config, platform)
      for (const file of ['package.json', pkg.main, 'dist/electron/preload/index.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc123.js', 'dist/renderer/assets/index-abc123.css', 'dist/renderer/assets/vendor/font.woff2']) {
        expect(keep(file), `${platform}: ${file}`).toBe(true)
      }
    }
  })

  it('keeps the files main loads by path: the preload beside it and the renderer under the app folder', () => {
    // index.ts: join(__dirname, '..', 'preload', 'index.cjs') from dist/electron/main; rendererDirFor(app.getAppPath()).
    expect(bundles.main).toContain('"..", "preload", "index.cjs"')
    const keep = appFileFilter(config, 'win')
    expect(keep(relative('/app', join('/app/dist/electron/main', '..', 'preload', 'index.cjs')))).toBe(true)
    // import/workbook-thread.ts: the worker that parses workbooks, beside main.
    expect(bundles.main).toContain('"..", "workbook-worker", "index.cjs"')
    expect(keep(relative('/app', join('/app/dist/electron/main', '..', 'workbook-worker', 'index.cjs')))).toBe(true)
    expect(keep(relative('/app', join(rendererDirFor('/app'), 'index.html')))).toBe(true)
  })

  it('leaves out sources, tests, scripts, source maps and build configuration', () => {
    for (const platform of PLATFORMS) {
      const keep = appFileFilter(config, platform)
      for (const file of [
        'dist/electron/main/index.cjs.map',
        'dist/renderer/assets/index-abc123.js.map',
        'electron/main/index.ts',
        'core/money/index.ts',
        'renderer/src/main.tsx',
        'renderer/index.html',
        'tests/packaging/app-files.test.ts',
        'electron/main/security.test.ts',
        'scripts/build/index.ts',
        'scripts/packaging/after-pack.cjs',
        'templates/2026/glossary.txt',
        'assets/fonts/fonts.json',
        'samples/004-datong-approval-2026.json',
        'docs/screenshots/table-preview.png',
        'electron-builder.yml',
        'vite.config.ts',
        'tsconfig.json',
        'package-lock.json',
        'release/预算公开编制助手-0.1.0-安装程序.exe',
        'test-artifacts/x.png',
      ]) {
        expect(keep(file), `${platform}: ${file}`).toBe(false)
      }
    }
  })

  it('drops source maps inside production packages too', () => {
    const zod = production.find((p) => p.name === 'zod')
    expect(zod).toBeDefined()
    const keep = nodeModuleFileFilter(config, 'linux', zod?.dir ?? '')
    expect(keep('index.cjs')).toBe(true)
    expect(keep('v4/core/core.js.map')).toBe(false)
  })
})
