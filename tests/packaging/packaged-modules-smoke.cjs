// Run by packaged-app.test.ts in a plain Node child process, against an app.asar extracted to a
// temporary folder: loads every production package from the PACKAGED node_modules only (nothing
// above the folder has a node_modules) and does real work with each — a Chinese PDF with the
// packaged fonts, a workbook, an SVG chart, a PDF merge, an atomic write — so a file the `files`
// filter dropped, or a dependency electron-builder did not copy, fails here.
'use strict'
const { createRequire } = require('node:module')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const [appDir, fontsDir, externalsJson] = process.argv.slice(2)
const load = createRequire(path.join(appDir, 'package.json'))
const { pathToFileURL } = require('node:url')

const inside = (id, file) => {
  if (!file.startsWith(appDir + path.sep)) throw new Error(`${id} resolved outside the packaged app: ${file}`)
  return path.relative(appDir, file)
}

async function main() {
  const resolved = {}
  const req = (id) => {
    resolved[id] = inside(id, load.resolve(id))
    return load(id)
  }
  // First, everything the main bundle requires or import()s, exactly as it does.
  for (const { id, kind } of JSON.parse(externalsJson)) {
    if (kind === 'require') req(id)
    else {
      const name = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]
      const file = path.join(path.dirname(load.resolve(`${name}/package.json`)), id.slice(name.length + 1))
      resolved[id] = inside(id, file)
      await import(pathToFileURL(file).href)
    }
  }

  const pdfmake = req('pdfmake')
  const font = (name) => path.join(fontsDir, name)
  pdfmake.setFonts({ Body: { normal: font('NotoSerifSC_400Regular.ttf'), bold: font('NotoSerifSC_700Bold.ttf'), italics: font('NotoSerifSC_400Regular.ttf'), bolditalics: font('NotoSerifSC_700Bold.ttf') } })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((p) => p.startsWith(fontsDir))
  const pdf = await pdfmake.createPdf({ content: [{ text: '部门预算公开', bold: true }, { table: { body: [['表1', '收支总表']] } }], defaultStyle: { font: 'Body' } }).getBuffer()

  const ExcelJS = req('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('表1').getCell('A1').value = '收支总表'
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer())
  const reread = new ExcelJS.Workbook()
  await reread.xlsx.load(xlsx)

  const echarts = req('echarts')
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 })
  chart.setOption({ animation: false, series: [{ type: 'pie', data: [{ name: '基本支出', value: 3 }, { name: '项目支出', value: 1 }] }] })
  const svg = chart.renderToSVGString()
  chart.dispose()

  const { PDFDocument } = req('pdf-lib')
  const merged = await PDFDocument.create()
  const source = await PDFDocument.load(pdf)
  for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page)
  const mergedPdf = await merged.save()

  const { z } = req('zod')
  z.object({ year: z.number() }).parse({ year: 2026 })

  const writeFileAtomic = req('write-file-atomic')
  const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-')), '预算.ysgk.json')
  await writeFileAtomic(target, '{}')

  return {
    resolved,
    pdfBytes: pdf.length,
    xlsxSheets: reread.worksheets.map((w) => w.name),
    svgHasText: svg.includes('基本支出'),
    mergedPages: (await PDFDocument.load(mergedPdf)).getPageCount(),
    atomic: fs.readFileSync(target, 'utf8'),
  }
}

main().then(
  (result) => process.stdout.write(JSON.stringify(result)),
  (error) => {
    process.stderr.write(String(error && error.stack ? error.stack : error))
    process.exit(1)
  },
)
