// electron-builder `afterPack` hook (electron-builder.yml): flips the Electron fuses of the packaged
// binary before it is signed and wrapped into NSIS / portable / AppImage / deb. The settings are
// FUSES in electron/main/security.ts — the one list the security test also checks — loaded through
// tsx, so there is no second copy here. electron-builder loads this file with require().
'use strict'
const path = require('node:path')

const SECURITY_MODULE = path.join(__dirname, '..', '..', 'electron', 'main', 'security.ts')

/** FUSES from security.ts (a type-only import of electron, erased by tsx). */
function loadFuseSettings() {
  const { require: tsxRequire } = require('tsx/cjs/api')
  return tsxRequire(SECURITY_MODULE, __filename).FUSES
}

/** `{ RunAsNode: false, … }` → @electron/fuses' `{ version: '1', [FuseV1Options.RunAsNode]: false, … }`. */
function fuseConfig(settings, fuses) {
  const config = { version: fuses.FuseVersion.V1 }
  for (const [name, value] of Object.entries(settings)) {
    const index = fuses.FuseV1Options[name]
    if (typeof index !== 'number') throw new Error(`security.ts FUSES: @electron/fuses has no fuse named ${name}`)
    if (typeof value !== 'boolean') throw new Error(`security.ts FUSES: ${name} must be true or false`)
    config[index] = value
  }
  return config
}

/** The Electron executable electron-builder just laid out (named as in its own addElectronFuses). */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`)
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName)
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`)
  throw new Error(`after-pack: unsupported platform ${electronPlatformName}`)
}

async function afterPack(context) {
  const fuses = require('@electron/fuses')
  const binary = electronBinaryPath(context)
  const config = fuseConfig(loadFuseSettings(), fuses)
  await fuses.flipFuses(binary, config)
  console.log(`  • fuses flipped  file=${path.relative(process.cwd(), binary)}`)
}

module.exports = { afterPack, fuseConfig, electronBinaryPath, loadFuseSettings }
