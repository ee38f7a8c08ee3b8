// Bundles the save child (TypeScript) into plain ES modules with vite, as scripts/build/electron.ts
// bundles main: `node` then starts it in ~0.2 s, where `node --import tsx` takes ~0.6 s, which made
// 200 kills take minutes. Packages stay external (resolved from the repository's node_modules, so
// the output goes under node_modules/.cache); lazily imported modules become chunks never loaded.
import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { build } from 'vite'
import { REPO_ROOT } from '../samples/sample-files'

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
const isPackage = (id: string) => builtins.has(id) || id.startsWith('node:') || /^(@[a-z0-9-]+\/)?[a-z0-9][a-z0-9._-]*(\/.*)?$/.test(id)

/** Returns the path of the bundled entry. */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { external: isPackage, output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  })
  return join(outDir, entry.replace(/^.*[\\/]/, '').replace(/\.ts$/, '.mjs'))
}
