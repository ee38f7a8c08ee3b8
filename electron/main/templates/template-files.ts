// Where the shipped templates live: beside the sources in development and the CLI, under the
// packaged resources path in an installed app (electron-builder `extraResources`).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export function templatesRoot(resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath): string {
  if (resourcesPath) {
    const packaged = join(resourcesPath, 'templates')
    if (existsSync(packaged)) return packaged
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'templates')
}

/** Budget years with a template folder, ascending. */
export function supportedYears(root = templatesRoot()): number[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name))
    .map((d) => Number(d.name))
    .sort((a, b) => a - b)
}

/** The template folder for a year: its own, else the newest edition before it, else the oldest. */
export function templateDirFor(year: number, root = templatesRoot()): { year: number; dir: string } {
  const years = supportedYears(root)
  if (years.length === 0) throw new Error(`no templates in ${root}`)
  const exact = years.includes(year) ? year : ([...years].reverse().find((y) => y < year) ?? (years[0] as number))
  return { year: exact, dir: join(root, String(exact)) }
}

export function readTemplateText(year: number, relative: string, root = templatesRoot()): string {
  return readFileSync(join(templateDirFor(year, root).dir, relative), 'utf8')
}
