// `npm run icons`: every icon the installers use, generated from ONE source image,
// assets/icons/icon-source.svg. Run once after changing the source and commit the results; the
// packaging build only reads the generated files (electron-builder.yml names them).
//
// Needs `rsvg-convert` (Debian/UOS/Kylin: `apt-get install librsvg2-bin`) to rasterise the SVG.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import pngToIco from 'png-to-ico'

export const ICONS_DIR = 'assets/icons'
export const SOURCE = `${ICONS_DIR}/icon-source.svg`
/** Linux hicolor sizes (AppImage and deb install one PNG per size, named `NxN.png`). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const
/** Windows .ico sizes; electron-builder requires 256. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const
export const DOCUMENT_ICO_SIZES = [16, 32, 48, 256] as const

/** Output file (relative to the repository) → what it is for. */
export const OUTPUTS = {
  appPng: `${ICONS_DIR}/icon.png`, // 512×512, generic and the window icon
  appIco: `${ICONS_DIR}/icon.ico`, // win.icon, NSIS installer / uninstaller
  linuxDir: `${ICONS_DIR}/linux`, // linux.icon: 16x16.png … 512x512.png
  documentIco: `${ICONS_DIR}/document.ico`, // the .ysgk file association on Windows
  documentPng: `${ICONS_DIR}/document.png`, // 256×256, the same picture for documentation
} as const

/** The source's drawing, without its outer <svg> element, so it can be placed inside another picture. */
export function innerSvg(source: string): string {
  const open = /<svg\b[^>]*>/.exec(source)
  const close = source.lastIndexOf('</svg>')
  if (!open || close < 0) throw new Error(`${SOURCE} is not an SVG document`)
  return source.slice(open.index + open[0].length, close).trim()
}

/** The document icon: a white sheet with a folded corner, carrying the app icon. */
export function documentSvg(source: string): string {
  const emblem = innerSvg(source).replace(/id="([^"]+)"/g, 'id="doc-$1"').replace(/url\(#([^)]+)\)/g, 'url(#doc-$1)')
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <path d="M200 40 H660 L864 244 V984 H200 Z" fill="#FFFFFF" stroke="#8A8F99" stroke-width="24" stroke-linejoin="round"/>
  <path d="M660 40 V244 H864 Z" fill="#DADDE3" stroke="#8A8F99" stroke-width="24" stroke-linejoin="round"/>
  <rect x="290" y="820" width="484" height="36" rx="18" fill="#C9CDD4"/>
  <rect x="290" y="890" width="340" height="36" rx="18" fill="#C9CDD4"/>
  <svg x="262" y="300" width="540" height="540" viewBox="0 0 1024 1024">${emblem}</svg>
</svg>
`
}

export function rasterise(svg: string, size: number): Buffer {
  return execFileSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png'], { input: svg, maxBuffer: 64 * 1024 * 1024 })
}

export async function generateIcons(root: string, log: (s: string) => void = () => undefined): Promise<void> {
  const source = readFileSync(join(root, SOURCE), 'utf8')
  const doc = documentSvg(source)
  const write = (relative: string, data: Buffer) => {
    writeFileSync(join(root, relative), data)
    log(`已生成 ${relative}`)
  }

  write(OUTPUTS.appPng, rasterise(source, 512))
  mkdirSync(join(root, OUTPUTS.linuxDir), { recursive: true })
  for (const size of LINUX_SIZES) write(`${OUTPUTS.linuxDir}/${size}x${size}.png`, rasterise(source, size))
  // Each size is rasterised from the vector source, not scaled down from 256: sharper at 16 and 32.
  write(OUTPUTS.appIco, await pngToIco(ICO_SIZES.map((s) => rasterise(source, s))))
  write(OUTPUTS.documentIco, await pngToIco(DOCUMENT_ICO_SIZES.map((s) => rasterise(doc, s))))
  write(OUTPUTS.documentPng, rasterise(doc, 256))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await generateIcons(resolve(import.meta.dirname, '..', '..'), (s) => console.log(s))
}
