// What a newcomer runs must be what CI runs: the README's two commands, verbatim, with every dependency
// install script decided in package.json and every production dependency accepting our Node version.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const read = (f: string) => readFileSync(join(root, f), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string }
  allowScripts: Record<string, boolean>
  scripts: Record<string, string>
}
const lock = JSON.parse(read('package-lock.json')) as {
  packages: Record<string, { version?: string; dev?: boolean; hasInstallScript?: boolean; engines?: { node?: string } | string[] }>
}

/** The commands of the first bash block under 开始使用, comments stripped. */
export function readmeCommands(readme: string): string[] {
  const start = readme.indexOf('## 开始使用')
  const block = /```bash\n([\s\S]*?)```/.exec(readme.slice(start))
  if (start < 0 || !block) throw new Error('README 缺少“开始使用”中的命令')
  return (block[1] ?? '')
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter(Boolean)
}

describe('a fresh machine', () => {
  it('README gives exactly two commands: install, then test', () => {
    expect(readmeCommands(read('README.md'))).toEqual(['npm install', 'npm test'])
  })

  it('.ci/run is the README commands verbatim and nothing else', () => {
    const ci = read('.ci/run')
    expect(ci).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD|apt-get|export\s+\w+=/)
    const commands = ci
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#') && l !== 'set -euo pipefail' && l !== 'cd "$(dirname "$0")/.."')
    expect(commands).toEqual(readmeCommands(read('README.md')))
  })

  it('npm test installs its tools first', () => {
    expect(pkg.scripts.pretest).toBe('node scripts/test-deps.mjs')
  })

  it('every dependency with an install script is approved or denied explicitly', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
    expect(withScripts.length).toBeGreaterThan(0)
    for (const name of withScripts) expect(Object.keys(pkg.allowScripts), name).toContain(name)
    // Electron's own script downloads the binary: it must never run during `npm install`.
    expect(pkg.allowScripts.electron).toBe(false)
  })

  it('every production dependency runs on the oldest Node the project supports', () => {
    const oldest = semver.minVersion(pkg.engines.node)
    expect(oldest?.version).toBe('20.19.0')
    const refused: string[] = []
    for (const [path, p] of Object.entries(lock.packages)) {
      if (path === '' || p.dev || !p.engines || Array.isArray(p.engines) || !p.engines.node) continue
      if (!semver.satisfies(oldest!, p.engines.node)) refused.push(`${path}@${p.version} (${p.engines.node})`)
    }
    expect(refused).toEqual([])
  })
})
