// scripts/packaging/after-pack.cjs: electron-builder calls it after laying out each platform's app;
// it must flip exactly security.ts's FUSES on the right executable.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FUSES } from '../../electron/main/security'
import { ROOT } from './builder-harness'

const require = createRequire(import.meta.url)
const HOOK = join(ROOT, 'scripts/packaging/after-pack.cjs')
const FUSES_MODULE = require.resolve('@electron/fuses', { paths: [ROOT] })
const realFuses = require(FUSES_MODULE) as typeof import('@electron/fuses')

interface Hook {
  afterPack(context: unknown): Promise<void>
  fuseConfig(settings: Record<string, boolean>, fuses: unknown): Record<string, unknown>
}

/** Loads the hook with `@electron/fuses` replaced in require's cache, as electron-builder would require it. */
function hookWithFuses(fake: unknown): Hook {
  delete require.cache[HOOK]
  require.cache[FUSES_MODULE] = { id: FUSES_MODULE, filename: FUSES_MODULE, loaded: true, exports: fake } as NodeJS.Module
  return require(HOOK) as Hook
}

afterEach(() => {
  delete require.cache[FUSES_MODULE]
  delete require.cache[HOOK]
})

const context = (electronPlatformName: string, appOutDir: string) => ({
  appOutDir,
  electronPlatformName,
  packager: { appInfo: { productFilename: '预算公开编制助手' }, executableName: 'budget-disclosure-assistant' },
})

const expectedConfig = () => ({
  version: realFuses.FuseVersion.V1,
  [realFuses.FuseV1Options.RunAsNode]: false,
  [realFuses.FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [realFuses.FuseV1Options.EnableNodeCliInspectArguments]: false,
  [realFuses.FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [realFuses.FuseV1Options.OnlyLoadAppFromAsar]: true,
  [realFuses.FuseV1Options.EnableCookieEncryption]: true,
  [realFuses.FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
})

describe('after-pack hook', () => {
  it('security.ts asks for the fuses the issue names', () => {
    expect(FUSES).toMatchObject({ RunAsNode: false, EnableNodeOptionsEnvironmentVariable: false, EnableNodeCliInspectArguments: false, EnableEmbeddedAsarIntegrityValidation: true, OnlyLoadAppFromAsar: true })
  })

  it.each([
    ['win32', '预算公开编制助手.exe'],
    ['linux', 'budget-disclosure-assistant'],
  ])('%s: calls flipFuses on %s with every FUSES setting', async (platform, binary) => {
    const flipFuses = vi.fn(async () => 1)
    const hook = hookWithFuses({ ...realFuses, flipFuses })
    await hook.afterPack(context(platform, '/out/unpacked'))
    expect(flipFuses).toHaveBeenCalledOnce()
    expect(flipFuses).toHaveBeenCalledWith(join('/out/unpacked', binary), expectedConfig())
  })

  it('maps every FUSES name to its FuseV1Options index, and refuses names @electron/fuses does not know', () => {
    const hook = hookWithFuses(realFuses)
    expect(hook.fuseConfig(FUSES, realFuses)).toEqual(expectedConfig())
    expect(() => hook.fuseConfig({ RunAsNodes: false }, realFuses)).toThrow(/RunAsNodes/)
  })

  it('fails the build when flipping fails (no silent unfused installer)', async () => {
    const hook = hookWithFuses({ ...realFuses, flipFuses: vi.fn(async () => Promise.reject(new Error('Could not find sentinel'))) })
    await expect(hook.afterPack(context('linux', '/out/unpacked'))).rejects.toThrow(/sentinel/)
  })

  it('really flips the fuse wire of an executable (the real @electron/fuses on a stand-in binary)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'after-pack-'))
    try {
      const exe = join(dir, '预算公开编制助手.exe')
      // Electron's defaults: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off.
      await writeFile(exe, Buffer.concat([Buffer.from('MZ…'), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('10110001'), Buffer.from('…')]))
      await hookWithFuses(realFuses).afterPack(context('win32', dir))
      const wire = await realFuses.getCurrentFuseWire(exe)
      const on = (name: keyof typeof realFuses.FuseV1Options) => wire[realFuses.FuseV1Options[name]] === 49
      expect(Object.fromEntries(Object.keys(FUSES).map((name) => [name, on(name as keyof typeof realFuses.FuseV1Options)]))).toEqual(FUSES)
      expect((await readFile(exe)).subarray(-3).toString()).toBe('…')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
