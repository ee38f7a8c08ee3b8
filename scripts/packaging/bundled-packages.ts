// Which npm packages end up inside the installed app, found the way the build finds them:
// - production node_modules: electron-builder's own collector (the tree it copies into app.asar);
// - the renderer bundle: the modules Vite/Rolldown actually put into dist/renderer (antd, react …,
//   devDependencies that are compiled in). The main and preload bundles inline no package code
//   (every package is external there; tests/packaging/app-files.test.ts checks it).
// Used by the third-party notices and by the packaging tests. Nothing here touches the network.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { build, type Plugin } from 'vite'

export interface BundledPackage {
  name: string
  version: string
  dir: string
}

interface CollectedModule {
  name: string
  version: string
  dir: string
  dependencies?: CollectedModule[]
}

interface Collector {
  getNodeModules(o: { packageName: string }): Promise<{ nodeModules: CollectedModule[] }>
}

interface CollectorModule {
  PM: { NPM: string }
  getCollectorByPackageManager(pm: string, rootDir: string, tempDirManager: unknown): Collector
}

interface TmpDirModule {
  TmpDir: new () => { cleanup(): Promise<void> }
}

function readPackageJson(dir: string): { name?: string; version?: string } {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string }
}

/** Every production package electron-builder copies into the app (package.json "dependencies", transitively). */
export async function productionPackages(root: string): Promise<BundledPackage[]> {
  const req = createRequire(join(root, 'package.json'))
  const { getCollectorByPackageManager, PM } = req('app-builder-lib/out/node-module-collector') as CollectorModule
  const { TmpDir } = req(req.resolve('temp-file', { paths: [req.resolve('app-builder-lib')] })) as TmpDirModule
  const tmp = new TmpDir()
  try {
    const { name } = readPackageJson(root)
    const result = await getCollectorByPackageManager(PM.NPM, root, tmp).getNodeModules({ packageName: name ?? '' })
    const byDir = new Map<string, BundledPackage>()
    const visit = (mods: readonly CollectedModule[] | undefined) => {
      for (const m of mods ?? []) {
        if (byDir.has(m.dir)) continue
        byDir.set(m.dir, { name: m.name, version: m.version, dir: m.dir })
        visit(m.dependencies)
      }
    }
    visit(result.nodeModules)
    return sortPackages([...byDir.values()])
  } finally {
    await tmp.cleanup()
  }
}

/** `/r/node_modules/a/node_modules/@s/b/x.js?query` → `/r/node_modules/a/node_modules/@s/b`. */
export function packageDirOf(moduleId: string): string | undefined {
  const id = moduleId.replace(/^\0/, '').replace(/\?.*$/, '').replace(/\\/g, '/')
  const at = id.lastIndexOf('/node_modules/')
  if (at < 0) return undefined
  const rest = id.slice(at + '/node_modules/'.length).split('/')
  const take = rest[0]?.startsWith('@') ? 2 : 1
  if (rest.length < take) return undefined
  return `${id.slice(0, at)}/node_modules/${rest.slice(0, take).join('/')}`
}

/** The packages whose code the renderer build compiles into dist/renderer (an in-memory build). */
export async function rendererPackages(root: string): Promise<BundledPackage[]> {
  const ids = new Set<string>()
  const collect: Plugin = {
    name: 'collect-bundled-modules',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') for (const id of file.moduleIds) ids.add(id)
    },
  }
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { write: false }, plugins: [collect] })
  const byDir = new Map<string, BundledPackage>()
  for (const id of ids) {
    const dir = packageDirOf(id)
    if (!dir || byDir.has(dir) || !existsSync(join(dir, 'package.json'))) continue
    const pkg = readPackageJson(dir)
    if (pkg.name && pkg.version) byDir.set(dir, { name: pkg.name, version: pkg.version, dir })
  }
  return sortPackages([...byDir.values()])
}

export function sortPackages(list: BundledPackage[]): BundledPackage[] {
  return list.sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1))
}
