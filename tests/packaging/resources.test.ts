// resources/ of an installed app, laid out by electron-builder's own copier from the yml's
// `extraResources`, then read through the app's own lookups with that folder as
// process.resourcesPath: templates, samples, PDF fonts and the third-party notices.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOTICES_FILE_NAME, noticesPathFor } from '../../electron/main/about'
import { DEFAULT_FALLBACK_FILES, DEFAULT_ROLE_FILES, fontsDir, resolveFonts } from '../../electron/main/export/pdf/fonts'
import { loadCodeChanges } from '../../electron/main/import/code-changes-loader'
import { samplesDirFor } from '../../electron/main/paths'
import { createMainServices } from '../../electron/main/services'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { supportedYears, templatesRoot } from '../../electron/main/templates/template-files'
import { SAMPLE_LABELS } from '../../electron/main/text/zh-cn'
import { layOutExtraResources, loadConfig, ROOT } from './builder-harness'

let tmp: string
const resources: Record<'win' | 'linux', string> = { win: '', linux: '' }

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'packaging-resources-'))
  const config = await loadConfig()
  for (const platform of ['win', 'linux'] as const) {
    resources[platform] = join(tmp, platform, 'resources')
    await layOutExtraResources(config, platform, resources[platform])
  }
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.replace(/\\/g, '/'))
    .sort()
}

describe.each(['win', 'linux'] as const)('%s resources', (platform) => {
  const res = () => resources[platform]

  it('holds exactly the templates, samples, fonts and notices the app reads', () => {
    const top = readdirSync(res()).sort()
    expect(top).toEqual(['assets', 'samples', 'templates', NOTICES_FILE_NAME].sort())
    expect(readdirSync(join(res(), 'assets'))).toEqual(['fonts'])
  })

  it('templates: every file of templates/<year>/ is there, byte for byte, and loads', () => {
    const root = templatesRoot(res())
    expect(root).toBe(join(res(), 'templates'))
    const shipped = filesUnder(root)
    const source = filesUnder(join(ROOT, 'templates')).filter((f) => f !== 'README.md')
    expect(shipped).toEqual(source)
    for (const f of shipped) expect(readFileSync(join(root, f)).equals(readFileSync(join(ROOT, 'templates', f))), f).toBe(true)
    const years = supportedYears(root)
    expect(years).toEqual(supportedYears(join(ROOT, 'templates')))
    for (const year of years) {
      expect(loadCatalog(year, undefined, root).year).toBe(year)
      expect(loadNarrativeTemplate(year, root).glossary.length).toBeGreaterThan(0)
      expect(loadCodeChanges(year, root)).toBeDefined()
    }
  })

  it('samples: one document per 打开示例 menu entry, and no test fixtures', () => {
    const dir = samplesDirFor('/nonexistent-app.asar', res())
    expect(dir).toBe(join(res(), 'samples'))
    const names = readdirSync(dir).sort()
    for (const id of Object.keys(SAMPLE_LABELS)) expect(names.filter((n) => n.startsWith(`${id}-`) && n.endsWith('.json')), id).toHaveLength(1)
    expect(names.every((n) => /^\d{3}-.+\.json$/.test(n))).toBe(true)
  })

  it('fonts: fonts.json and the default TTFs resolve inside resources, never from node_modules', () => {
    const dir = fontsDir(res())
    expect(dir).toBe(join(res(), 'assets', 'fonts'))
    const resolved = resolveFonts(dir)
    expect(resolved.warnings).toEqual([])
    const defaults = new Set(Object.values(DEFAULT_ROLE_FILES).flatMap((r) => [r.normal, r.bold]))
    expect(resolved.files.map((f) => relative(dir, f)).sort()).toEqual([...defaults, ...DEFAULT_FALLBACK_FILES].sort())
    for (const f of resolved.files) expect(statSync(f).size).toBeGreaterThan(defaults.has(relative(dir, f)) ? 5_000_000 : 500_000)
    expect(resolved.fallbacks.map((f) => relative(dir, String(f.source)))).toEqual([...DEFAULT_FALLBACK_FILES])
    // The licences of the shipped fonts travel with them.
    expect(readdirSync(dir).filter((f) => f.startsWith('OFL-')).sort()).toEqual(['OFL-NotoEmoji.txt', 'OFL-NotoSansSC.txt', 'OFL-NotoSansSymbols2.txt', 'OFL-NotoSerifSC.txt'])
  })

  it('notices: the generated third-party notices are the file 关于 shows', () => {
    expect(noticesPathFor('/nonexistent-app.asar', res())).toBe(join(res(), NOTICES_FILE_NAME))
    expect(readFileSync(join(res(), NOTICES_FILE_NAME), 'utf8')).toBe(readFileSync(join(ROOT, 'assets', NOTICES_FILE_NAME), 'utf8'))
  })
})

describe('the packaged app’s handlers read resources through process.resourcesPath', () => {
  it('app:about and document:openSample answer from resources, not from the repository', async () => {
    const res = resources.linux
    const appData = join(tmp, 'appdata')
    // appRoot stands for app.asar: it holds no templates, samples, fonts or notices.
    const services = await createMainServices({
      mode: 'electron',
      appDataDir: appData,
      appRoot: join(tmp, 'app.asar'),
      resourcesPath: res,
      trust: { appOrigin: 'app://bundle' },
      places: { mode: 'electron' } as never,
      overrides: { appVersion: '0.1.0', validateResponses: true },
    })
    expect(services.deps.templatesRoot).toBe(join(res, 'templates'))
    expect(services.deps.samplesDir).toBe(join(res, 'samples'))
    expect(services.deps.fontsDir).toBe(join(res, 'assets', 'fonts'))
    expect(services.deps.noticesPath).toBe(join(res, NOTICES_FILE_NAME))

    const sender = { kind: 'electron', frameUrl: 'app://bundle/index.html', isMainFrame: true } as const
    const about = await services.registry.call('app:about', {}, sender)
    expect(about).toMatchObject({ ok: true, value: { productName: '预算公开编制助手', version: '0.1.0', supportedYears: supportedYears(join(ROOT, 'templates')) } })
    if (!about.ok) return
    const value = about.value as { fonts: Array<{ file: string; licence: string; usedFor: string[] }>; notices: string }
    expect(value.fonts.map((f) => f.file).sort()).toEqual(['NotoEmoji_400Regular.ttf', 'NotoSansSC_700Bold.ttf', 'NotoSansSymbols2_400Regular.ttf', 'NotoSerifSC_400Regular.ttf', 'NotoSerifSC_700Bold.ttf'])
    for (const f of value.fonts) expect(f.licence).toMatch(/SIL Open Font License 1\.1/)
    expect(value.notices).toContain('Noto Serif SC')

    const sample = await services.registry.call('document:openSample', { id: '004' }, sender)
    expect(sample).toMatchObject({ ok: true })
  })
})
