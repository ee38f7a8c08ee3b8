// electron-builder.yml, checked by electron-builder itself (no Electron download needed): the schema,
// the targets the architecture names, the installer options, the association, and the icons.
import { Ajv } from 'ajv'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_EXTENSION } from '../../core/document/envelope'
import { documentPathFromArgv } from '../../electron/main/app-lifecycle'
import { APP_USER_MODEL_ID, PACKAGE_NAME } from '../../electron/main/paths'
import { LINUX_SIZES } from '../../scripts/icons/generate-icons'
import { artifactName, fileAssociations, loadConfig, packageJson, resolveFromRoot, ROOT, validate, type BuilderConfig } from './builder-harness'

let config: BuilderConfig
beforeAll(async () => {
  config = await loadConfig()
})

/** Width × height of every image in a .ico file (0 in the directory means 256). */
function icoSizes(path: string): number[] {
  const buf = readFileSync(path)
  expect(buf.readUInt16LE(2)).toBe(1)
  return Array.from({ length: buf.readUInt16LE(4) }, (_, i) => buf.readUInt8(6 + i * 16) || 256)
}

const pngSize = (path: string) => {
  const png = PNG.sync.read(readFileSync(path))
  return [png.width, png.height]
}

describe('electron-builder.yml against electron-builder’s schema', () => {
  it('passes validateConfiguration', async () => {
    await expect(validate(config)).resolves.toBeUndefined()
  })

  it('passes app-builder-lib/scheme.json without type coercion', () => {
    const schema = JSON.parse(readFileSync(resolveFromRoot('app-builder-lib/scheme.json'), 'utf8'))
    const check = new Ajv({ allErrors: true, strict: false }).compile(schema)
    expect(check(structuredClone(config)), JSON.stringify(check.errors, null, 1)).toBe(true)
  })

  it('rejects a wrong option, so the validation is live', async () => {
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'yes' } })).rejects.toThrow(/configuration\.nsis/)
    await expect(validate({ ...config, linux: { ...config.linux, notAnOption: true } as BuilderConfig['linux'] })).rejects.toThrow(/configuration\.linux/)
    await expect(validate({ ...config, fileAssociations: [{ name: 'no ext' } as never] })).rejects.toThrow(/ext/)
  })
})

describe('targets and installers', () => {
  it('builds NSIS and portable for Windows x64, AppImage and deb for Linux x64 and arm64', () => {
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ])
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ])
  })

  it('names the product and packs the app into an asar, with no native rebuild', () => {
    expect(config.productName).toBe('预算公开编制助手')
    expect(config.productName).toBe(packageJson().productName)
    expect(config.asar).toBe(true)
    expect(config['npmRebuild']).toBe(false)
    expect(config.appId).toBe(APP_USER_MODEL_ID)
  })

  it('installs per user, in Chinese, with desktop and start-menu shortcuts', () => {
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, installerLanguages: ['zh_CN'], language: '2052', createDesktopShortcut: 'always', createStartMenuShortcut: true, shortcutName: '预算公开编制助手', deleteAppDataOnUninstall: false })
    expect(config.portable).toMatchObject({ requestExecutionLevel: 'user' })
  })

  it('gives Linux an ASCII executable and a desktop file that matches Electron’s window class', () => {
    expect(config.linux?.executableName).toBe(PACKAGE_NAME)
    expect(config.linux?.syncDesktopName).toBe(true)
    expect(config.extraMetadata?.['desktopName']).toBe(`${PACKAGE_NAME}.desktop`)
    // deb refuses to build without a homepage and a maintainer e-mail.
    expect(config.extraMetadata?.['homepage']).toMatch(/^https:\/\//)
    expect(String((config.linux as Record<string, unknown>)['maintainer'])).toMatch(/<[^@\s]+@[^>\s]+>$/)
  })

  it('flips the fuses in its own afterPack hook only', () => {
    expect(config.afterPack).toBe('./scripts/packaging/after-pack.cjs')
    expect(existsSync(join(ROOT, config.afterPack as string))).toBe(true)
    expect(config.electronFuses).toBeUndefined()
  })

  it('names every artifact as the README packaging section lists it', () => {
    const names = [
      artifactName(config, 'nsis', 'x64'),
      artifactName(config, 'portable', 'x64'),
      artifactName(config, 'appImage', 'x64'),
      artifactName(config, 'appImage', 'arm64'),
      artifactName(config, 'deb', 'x64'),
      artifactName(config, 'deb', 'arm64'),
    ]
    const { version } = packageJson()
    expect(names).toEqual([
      `预算公开编制助手-${version}-安装程序.exe`,
      `预算公开编制助手-${version}-便携版.exe`,
      `预算公开编制助手-${version}-x86_64.AppImage`,
      `预算公开编制助手-${version}-arm64.AppImage`,
      `${PACKAGE_NAME}_${version}_amd64.deb`,
      `${PACKAGE_NAME}_${version}_arm64.deb`,
    ])
    const docs = readFileSync(join(ROOT, 'README.md'), 'utf8')
    for (const name of names) expect(docs).toContain(name.replace(version, '<版本>'))
  })
})

describe('file association', () => {
  it('associates .ysgk on every platform with its own document icon', () => {
    const [doc] = config.fileAssociations ?? []
    expect(doc).toMatchObject({ ext: 'ysgk', description: '预算公开文档', role: 'Editor' })
    expect(doc?.mimeType).toMatch(/^application\/x-/)
    expect(icoSizes(join(ROOT, doc?.icon as string))).toEqual(expect.arrayContaining([16, 32, 48, 256]))
  })

  it('also matches the saved *.ysgk.json files on Linux, where MIME globs see the whole suffix', () => {
    const linuxExts = fileAssociations(config, 'linux').flatMap((a) => a.ext)
    expect(linuxExts).toEqual(['ysgk', DOCUMENT_EXTENSION.slice(1)])
    // Windows picks a handler by the last extension only; `.json` must never be taken over.
    expect(fileAssociations(config, 'win').flatMap((a) => a.ext)).toEqual(['ysgk'])
  })

  it('every associated file is opened by the command-line parser when double-clicked', () => {
    for (const platform of ['win', 'linux'] as const) {
      for (const ext of fileAssociations(config, platform).flatMap((a) => a.ext)) {
        expect(documentPathFromArgv(['/opt/app/budget', `/home/o/预算.${ext}`], '/home/o'), ext).toBe(`/home/o/预算.${ext}`)
      }
    }
  })
})

describe('icons, generated from assets/icons/icon-source.svg', () => {
  it('Windows: a multi-size .ico with 256 for the app, the installer and the uninstaller', () => {
    const icons = new Set([config.win?.icon, config.nsis?.['installerIcon'], config.nsis?.['uninstallerIcon'], config.nsis?.['installerHeaderIcon']])
    expect(icons).toEqual(new Set(['assets/icons/icon.ico']))
    expect(icoSizes(join(ROOT, 'assets/icons/icon.ico'))).toEqual([16, 24, 32, 48, 64, 128, 256])
  })

  it('Linux: one PNG per hicolor size, each the size its name says', () => {
    const dir = join(ROOT, config.linux?.icon as string)
    expect(statSync(dir).isDirectory()).toBe(true)
    for (const size of LINUX_SIZES) expect(pngSize(join(dir, `${size}x${size}.png`))).toEqual([size, size])
  })

  it('a 512 px PNG and the single source image they all come from', () => {
    expect(pngSize(join(ROOT, 'assets/icons/icon.png'))).toEqual([512, 512])
    expect(readFileSync(join(ROOT, 'assets/icons/icon-source.svg'), 'utf8')).toMatch(/<svg[^>]+viewBox="0 0 1024 1024"/)
  })
})
