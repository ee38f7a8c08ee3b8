// assets/third-party-notices.txt (shipped as resources/third-party-notices.txt, shown in 关于) must
// cover everything the installed app carries that we did not write.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { packageDirOf, productionPackages, rendererPackages, type BundledPackage } from '../../scripts/packaging/bundled-packages'
import { electronPackage, FONT_NOTICES, licenceOf, NOTICES_FILE, packageHeading, uniquePackages } from '../../scripts/packaging/third-party-notices'
import { ROOT } from './builder-harness'

let notices: string
let production: BundledPackage[]
let renderer: BundledPackage[]

beforeAll(async () => {
  notices = readFileSync(join(ROOT, NOTICES_FILE), 'utf8')
  ;[production, renderer] = await Promise.all([productionPackages(ROOT), rendererPackages(ROOT)])
})

const headingOf = (p: BundledPackage) => packageHeading(p, licenceOf(JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8'))))
const missing = (list: BundledPackage[]) => list.filter((p) => !notices.includes(`\n${headingOf(p)}\n`)).map((p) => `${p.name}@${p.version}`)

describe('third-party notices', () => {
  it('list every production package electron-builder copies into app.asar', () => {
    expect(production.map((p) => p.name)).toEqual(expect.arrayContaining(['exceljs', 'pdfmake', 'echarts', 'pdf-lib', 'zod', 'write-file-atomic']))
    expect(missing(production), 'run `npm run notices`').toEqual([])
  })

  it('list every library compiled into the renderer bundle', () => {
    expect(renderer.map((p) => p.name)).toEqual(expect.arrayContaining(['react', 'react-dom', 'antd']))
    expect(missing(renderer), 'run `npm run notices`').toEqual([])
  })

  it('carry each library’s own licence text, Electron’s, and the fonts’ OFL', () => {
    const exceljs = production.find((p) => p.name === 'exceljs') as BundledPackage
    const licence = readFileSync(join(exceljs.dir, 'LICENSE'), 'utf8').replace(/\r\n/g, '\n').trim()
    expect(notices).toContain(licence)
    expect(notices).toContain(`\n${headingOf(electronPackage(ROOT))}\n`)
    for (const font of FONT_NOTICES) {
      expect(notices).toContain(`${font.name} — ${font.licence}`)
      expect(notices).toContain(readFileSync(join(ROOT, font.licenceFile), 'utf8').replace(/\r\n/g, '\n').trim())
    }
  })

  it('count each name@version once', () => {
    const a = { name: 'zod', version: '4.6.7', dir: '/a' }
    expect(uniquePackages([a], [{ ...a, dir: '/b' }, { name: 'react', version: '19.3.1', dir: '/c' }]).map((p) => p.dir)).toEqual(['/c', '/a'])
  })

  it('read licences the ways package.json writes them', () => {
    expect(licenceOf({ license: 'MIT' })).toBe('MIT')
    expect(licenceOf({ license: { type: 'BSD-3-Clause' } })).toBe('BSD-3-Clause')
    expect(licenceOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0')
    expect(licenceOf({})).toBe('UNKNOWN')
  })

  it('find the package a bundled module belongs to, nested and scoped', () => {
    expect(packageDirOf('/r/node_modules/antd/es/button/index.js')).toBe('/r/node_modules/antd')
    expect(packageDirOf('\0/r/node_modules/a/node_modules/@rc-component/util/lib/x.js?commonjs-proxy')).toBe('/r/node_modules/a/node_modules/@rc-component/util')
    expect(packageDirOf('/r/renderer/src/main.tsx')).toBeUndefined()
  })
})
