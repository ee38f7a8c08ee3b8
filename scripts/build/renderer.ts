// Builds the renderer with vite.config.ts into dist/renderer. Logs go to stderr so a caller's stdout
// stays clean (`npm run web` prints the URL as its first line).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { build, createLogger } from 'vite'

export function rendererBuilt(root: string): boolean {
  return existsSync(join(root, 'dist/renderer/index.html'))
}

export function rendererSourcePresent(root: string): boolean {
  return existsSync(join(root, 'renderer/index.html'))
}

function newestMtime(dir: string): number {
  let newest = 0
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue
    const p = join(dir, e.name)
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

/** Missing, or older than a source file of the renderer, core or the build config. */
export function rendererNeedsBuild(root: string): boolean {
  const built = join(root, 'dist/renderer/index.html')
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  const sources = Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'core')), statSync(join(root, 'vite.config.ts')).mtimeMs)
  return sources > builtAt
}

/** `outDir`: instead of dist/renderer (tests build into a temporary folder). */
export async function buildRenderer(root: string, outDir?: string): Promise<void> {
  const logger = createLogger('warn')
  logger.info = (msg) => process.stderr.write(`${msg}\n`)
  logger.warn = (msg) => process.stderr.write(`${msg}\n`)
  // Always React's production build: under vitest NODE_ENV is 'test', and Vite then bundled the
  // development build (jsxDEV and its checks were a third of the page's time while typing in the
  // bench), so tests and benchmarks ran a slower page than the app ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', customLogger: logger, ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}) })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
