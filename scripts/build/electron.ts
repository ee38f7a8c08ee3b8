// Bundles Electron's main process and preload to dist/electron (CommonJS: a sandboxed preload must
// be one CommonJS file that requires only `electron`). Runtime dependencies stay external so the
// packaged app loads them from node_modules; everything else (core, zod) is bundled.
import { builtinModules } from 'node:module'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { build, type InlineConfig } from 'vite'

interface Entry {
  name: 'main' | 'preload' | 'workbook-worker'
  input: string
  external: (id: string) => boolean
}

/** `outRoot`: where main/ and preload/ go (tests build into a temporary folder). */
export async function buildElectron(root: string, log: (s: string) => void = () => undefined, outRoot = join(root, 'dist/electron')): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
  const deps = Object.keys(pkg.dependencies ?? {})
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
  const isDep = (id: string) => deps.some((d) => id === d || id.startsWith(`${d}/`))
  const entries: Entry[] = [
    { name: 'main', input: join(root, 'electron/main/index.ts'), external: (id) => id === 'electron' || builtins.has(id) || id.startsWith('node:') || isDep(id) },
    // Workbooks are parsed in a worker thread (electron/main/import/workbook-thread.ts).
    { name: 'workbook-worker', input: join(root, 'electron/main/import/workbook-worker.ts'), external: (id) => id === 'electron' || builtins.has(id) || id.startsWith('node:') || isDep(id) },
    { name: 'preload', input: join(root, 'electron/preload/index.ts'), external: (id) => id === 'electron' },
  ]
  for (const entry of entries) {
    const config: InlineConfig = {
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        ssr: entry.input,
        outDir: join(outRoot, entry.name),
        emptyOutDir: true,
        minify: false,
        sourcemap: false,
        target: 'node22',
        rollupOptions: {
          external: entry.external,
          output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false },
        },
      },
      ssr: { noExternal: true, target: 'node' },
    }
    await build(config)
    log(`已构建 ${relative(root, join(outRoot, entry.name, 'index.cjs')).replace(/\\/g, '/')}`)
  }
}
