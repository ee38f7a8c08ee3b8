// electron-builder's own code, reached from the tests: configuration loading and validation, the
// file matchers that decide what goes into app.asar and resources/, and artifact naming. Nothing
// is re-implemented here, so the tests see what `electron-builder` itself would do.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const CONFIG_FILE = 'electron-builder.yml'

const requireFromRoot = createRequire(join(ROOT, 'package.json'))
export const builderRequire = <T>(id: string): T => requireFromRoot(id) as T
export const resolveFromRoot = (id: string): string => requireFromRoot.resolve(id)

export interface FileSet {
  from?: string
  to?: string
  filter?: string | string[]
}

export interface FileAssociation {
  ext: string | string[]
  name?: string
  description?: string
  mimeType?: string
  icon?: string
  role?: string
}

export interface TargetConfig {
  target: string
  arch?: string[]
}

/** The parts of the configuration the tests read (the full shape is app-builder-lib/scheme.json). */
export interface BuilderConfig {
  appId?: string
  productName?: string
  files?: Array<string | FileSet>
  extraResources?: Array<string | FileSet>
  fileAssociations?: FileAssociation[]
  afterPack?: string
  electronFuses?: unknown
  asar?: boolean
  extraMetadata?: Record<string, unknown>
  directories?: { output?: string; buildResources?: string }
  win?: { target?: TargetConfig[]; icon?: string; fileAssociations?: FileAssociation[] }
  linux?: { target?: TargetConfig[]; icon?: string; executableName?: string; fileAssociations?: FileAssociation[]; syncDesktopName?: boolean }
  nsis?: Record<string, unknown>
  portable?: Record<string, unknown>
  appImage?: Record<string, unknown>
  deb?: Record<string, unknown>
  [key: string]: unknown
}

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<BuilderConfig>
  validateConfiguration(config: BuilderConfig, debugLogger: unknown): Promise<void>
}

const configModule = () => builderRequire<ConfigModule>('app-builder-lib/out/util/config/config')
const debugLogger = () => new (builderRequire<{ DebugLogger: new (enabled: boolean) => unknown }>('builder-util/out/DebugLogger').DebugLogger)(false)

export async function loadConfig(file = CONFIG_FILE): Promise<BuilderConfig> {
  return configModule().getConfig(ROOT, join(ROOT, file), null)
}

export async function validate(config: BuilderConfig): Promise<void> {
  await configModule().validateConfiguration(structuredClone(config), debugLogger())
}

export function packageJson(): { name: string; version: string; main: string; dependencies: Record<string, string>; productName?: string; description?: string } {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
}

/** electron-builder's AppInfo (product name, file names) for this package.json and configuration. */
export function appInfo(config: BuilderConfig, platformOptions: unknown = null): { productName: string; sanitizedProductName: string; productFilename: string; name: string; version: string } {
  const { AppInfo } = builderRequire<{ AppInfo: new (info: unknown, buildVersion: unknown, platform: unknown) => never }>('app-builder-lib/out/appInfo')
  const pkg = packageJson()
  const metadata = { ...pkg, ...(config.extraMetadata ?? {}) }
  return new AppInfo({ metadata, config, devMetadata: pkg }, null, platformOptions)
}

export function macroExpander(config: BuilderConfig): (pattern: string) => string {
  const { expandMacro } = builderRequire<{ expandMacro: (p: string, arch: string | null, info: unknown, extra: Record<string, string>) => string }>('app-builder-lib/out/util/macroExpander')
  const info = appInfo(config)
  return (pattern) => expandMacro(pattern, 'x64', info, { '/*': '{,/**/*}' })
}

/** The artifact file name electron-builder gives a target (its default pattern unless the config sets one). */
export function artifactName(config: BuilderConfig, target: 'nsis' | 'portable' | 'appImage' | 'deb', arch: 'x64' | 'arm64'): string {
  const { expandMacro } = builderRequire<{ expandMacro: (p: string, arch: string | null, info: unknown, extra: Record<string, string>) => string }>('app-builder-lib/out/util/macroExpander')
  const { getArtifactArchName, Arch } = builderRequire<{ getArtifactArchName: (a: number, ext: string) => string; Arch: Record<string, number> }>('builder-util')
  const ext = { nsis: 'exe', portable: 'exe', appImage: 'AppImage', deb: 'deb' }[target]
  const platform = target === 'nsis' || target === 'portable' ? config.win : config.linux
  const pattern = (config[target] as { artifactName?: string } | undefined)?.artifactName ?? (platform as { artifactName?: string } | undefined)?.artifactName
  if (!pattern) throw new Error(`${target}: set artifactName in ${CONFIG_FILE} so the documented file names are fixed`)
  return expandMacro(pattern, getArtifactArchName(Arch[arch] as number, ext), appInfo(config, platform), { ext })
}

interface Matcher {
  from: string
  to: string
  patterns: string[]
  createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean
}

interface FileMatcherModule {
  getMainFileMatchers(appDir: string, destination: string, expander: (p: string) => string, platformOptions: unknown, packager: unknown, outDir: string, isElectronCompile: boolean): Matcher[]
  getNodeModuleFileMatcher(appDir: string, destination: string, expander: (p: string) => string, platformOptions: unknown, packager: unknown): Matcher
  getFileMatchers(config: BuilderConfig, name: string, destination: string, options: unknown): Matcher[] | null
  copyFiles(matchers: Matcher[] | null, transformer: null, isUseHardLink: boolean): Promise<void>
}

const fileMatcher = () => builderRequire<FileMatcherModule>('app-builder-lib/out/fileMatcher')

/** The minimum of a PlatformPackager that electron-builder's matcher functions read. */
function fakePackager(config: BuilderConfig) {
  const info = { projectDir: ROOT, buildResourcesDir: resolve(ROOT, config.directories?.buildResources ?? 'build'), isPrepackedAppAsar: false, config, debugLogger: { isEnabled: false } }
  return { info, ...info }
}

const file = { isDirectory: () => false }
const dir = { isDirectory: () => true }

/** Whether `relative` (from the project folder) would be copied into app.asar by the `files` filter. */
export function appFileFilter(config: BuilderConfig, platform: 'win' | 'linux'): (relative: string) => boolean {
  const outDir = resolve(ROOT, config.directories?.output ?? 'dist')
  const matchers = fileMatcher().getMainFileMatchers(ROOT, '/app', macroExpander(config), config[platform] ?? {}, fakePackager(config), outDir, false)
  const filter = matchers[0]?.createFilter()
  if (!filter || matchers.length !== 1) throw new Error('expected one main file matcher')
  // A file is copied when it and every folder above it pass (electron-builder walks top-down).
  return (relative) => {
    const parts = relative.split('/')
    for (let i = 1; i < parts.length; i++) if (!filter(join(ROOT, ...parts.slice(0, i)), dir)) return false
    return filter(join(ROOT, ...parts), file)
  }
}

/** Whether a file inside a production package (`relative` to the package folder) is copied. */
export function nodeModuleFileFilter(config: BuilderConfig, platform: 'win' | 'linux', packageDir: string): (relative: string) => boolean {
  const base = fileMatcher().getNodeModuleFileMatcher(ROOT, '/app', macroExpander(config), config[platform] ?? {}, fakePackager(config))
  if (base.patterns.length === 0) return () => true
  const { FileMatcher } = builderRequire<{ FileMatcher: new (from: string, to: string, expander: (p: string) => string, patterns: string[]) => Matcher }>('app-builder-lib/out/fileMatcher')
  // As computeNodeModuleFileSets and NodeModuleCopyHelper do: one matcher per package, and each
  // file matched by its path inside the app (`moduleFullFilePath`, e.g. node_modules/zod/index.cjs).
  const filter = new FileMatcher(packageDir, '/app/node_modules', macroExpander(config), base.patterns).createFilter()
  const inApp = (parts: string[]) => relative(ROOT, join(packageDir, ...parts)).replace(/\\/g, '/')
  return (rel) => {
    const parts = rel.split('/')
    for (let i = 1; i < parts.length; i++) if (!filter(join(packageDir, ...parts.slice(0, i)), { ...dir, moduleFullFilePath: inApp(parts.slice(0, i)) } as never)) return false
    return filter(join(packageDir, ...parts), { ...file, moduleFullFilePath: inApp(parts) } as never)
  }
}

/** Copies `extraResources` into `resourcesDir` with electron-builder's own matchers and copier. */
export async function layOutExtraResources(config: BuilderConfig, platform: 'win' | 'linux', resourcesDir: string): Promise<void> {
  const m = fileMatcher()
  const options = { macroExpander: macroExpander(config), customBuildOptions: config[platform] ?? {}, globalOutDir: resolve(ROOT, config.directories?.output ?? 'dist'), defaultSrc: ROOT }
  await m.copyFiles(m.getFileMatchers(config, 'extraResources', resourcesDir, options), null, false)
}

/** Every association the platform registers (top-level plus platform-specific, as electron-builder merges them). */
export function fileAssociations(config: BuilderConfig, platform: 'win' | 'linux'): FileAssociation[] {
  return [...(config.fileAssociations ?? []), ...(config[platform]?.fileAssociations ?? [])]
}
