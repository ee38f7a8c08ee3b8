// Workbooks saved by other tools read as the exceljs-written ones do: openpyxl (Debian's
// python3-openpyxl, which writes comments exceljs cannot load), LibreOffice re-saves, and exceljs
// itself, each with a comment, a list validation, a merged cell, a hidden row, a hidden column, a
// formula and a hidden sheet. The import template filled through openpyxl or re-saved by
// LibreOffice imports to the same document. Files that are not an .xlsx are refused with their
// true reason (an encrypted one is built as Excel encrypts). The second, small cell reader is held to exceljs's result on every one of them.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { applyImport } from '../../core/import'
import { visibleContent } from '../../core/import/hidden-content'
import type { ImportProblem, SheetData } from '../../core/import/sheet'
import { openWorkbook, readWorkbook, readWorkbookBuffer, readWorkbookCells, uncachedFormula } from '../../electron/main/import/read-workbook'
import { ENCRYPTED, OLD_XLS } from '../../electron/main/import/workbook-file'
import { exportLinesToTemplate, writeImportTemplate } from '../../electron/main/import/write-template'
import { catalogFor } from '../builders/catalog'
import { compoundFile, encryptXlsx } from '../builders/encrypted-xlsx'
import { loadSample } from '../samples/sample-files'

const PYTHON = '/usr/bin/python3'
const OPENPYXL_WRITE = join(dirname(fileURLToPath(import.meta.url)), 'openpyxl-write.py')
const dir = mkdtempSync(join(tmpdir(), 'any-tool-'))
const loDir = join(dir, 'libreoffice')
const SAMPLES = ['000', '004'] as const

function openpyxl(...args: string[]): void {
  if (!existsSync(PYTHON)) throw new Error('缺少 /usr/bin/python3（Debian python3-openpyxl），无法写出 openpyxl 工作簿')
  execFileSync(PYTHON, [OPENPYXL_WRITE, ...args], { stdio: 'pipe', timeout: 120_000 })
}

/** One LibreOffice run per target format (each run costs seconds), with a throw-away profile. */
function libreoffice(format: string, files: readonly string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true })
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 300_000 })
  return files.map((f) => {
    const out = join(outDir, basename(f).replace(/\.xlsx$/, `.${format}`))
    if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${format} for ${f}`)
    return out
  })
}

/** The same content as openpyxl-write.py's sample, written by exceljs with the formula's cached result. */
async function exceljsSample(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('数据')
  ws.addRow(['功能科目', '金额', '两倍', '类别', '备注'])
  ws.getCell('A1').note = '按功能分类科目填写'
  ws.getCell('A2').value = '2010301'
  ws.getCell('B2').value = 12.5
  ws.getCell('C2').value = { formula: 'B2*2', result: 25 }
  ws.getCell('D2').value = '甲'
  ws.getCell('E2').value = '隐藏列的内容'
  ws.getCell('A3').value = '行政运行'
  ws.getCell('B3').value = 1147200
  ws.getCell('A4').value = '隐藏行'
  ws.getCell('B4').value = 8888
  ws.getRow(4).hidden = true
  ws.getColumn(5).hidden = true
  ws.getCell('A6').value = 500
  ws.mergeCells('A6:B7')
  for (let r = 2; r <= 20; r++) ws.getCell(`D${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"甲,乙"'] }
  wb.addWorksheet('暗', { state: 'hidden' }).getCell('A1').value = 9999999
  await wb.xlsx.writeFile(file)
}

const SAMPLE_SHEETS: SheetData[] = [
  {
    name: '数据',
    rows: [['功能科目', '金额', '两倍', '类别', '备注'], ['2010301', '12.5', '25', '甲', '隐藏列的内容'], ['行政运行', '1147200'], ['隐藏行', '8888'], [], ['500']],
    hiddenRows: [4],
    hiddenColumns: [4],
  },
  { name: '暗', rows: [['9999999']], hidden: 'hidden' },
]

/** The sheets without the workbook-wide notes (row 0) about skipped parts. */
function withoutSkipNotes(sheets: readonly SheetData[]): SheetData[] {
  return sheets.map(({ readNotes, ...rest }) => {
    const kept = (readNotes ?? []).filter((n) => n.row > 0)
    return kept.length > 0 ? { ...rest, readNotes: kept } : rest
  })
}

const files = {
  exceljs: join(dir, 'sample-exceljs.xlsx'),
  openpyxl: join(dir, 'sample-openpyxl.xlsx'),
  templates: {} as Record<string, { exceljs: string; openpyxl: string; loExceljs: string; loOpenpyxl: string }>,
  lo: { exceljs: '', openpyxl: '' },
  xls: '',
}

beforeAll(async () => {
  await exceljsSample(files.exceljs)
  openpyxl('sample', files.openpyxl)
  const toResave: string[] = [files.exceljs, files.openpyxl]
  for (const id of SAMPLES) {
    const doc = loadSample(id)
    const catalog = catalogFor(doc.templateYear)
    const blank = join(dir, `blank-${id}.xlsx`)
    const filled = join(dir, `template-${id}-exceljs.xlsx`)
    const viaOpenpyxl = join(dir, `template-${id}-openpyxl.xlsx`)
    await writeImportTemplate(blank, doc.data.department.budgetYear, catalog)
    await exportLinesToTemplate(doc, filled, catalog)
    openpyxl('fill', blank, filled, viaOpenpyxl)
    toResave.push(filled, viaOpenpyxl)
    files.templates[id] = { exceljs: filled, openpyxl: viaOpenpyxl, loExceljs: join(loDir, basename(filled)), loOpenpyxl: join(loDir, basename(viaOpenpyxl)) }
  }
  libreoffice('xlsx', toResave, loDir)
  files.lo = { exceljs: join(loDir, basename(files.exceljs)), openpyxl: join(loDir, basename(files.openpyxl)) }
  files.xls = libreoffice('xls', [files.exceljs], join(dir, 'xls'))[0] ?? ''
}, 600_000)

describe('a workbook written by each tool', () => {
  it('exceljs: cells, merged cell once, hidden row, column and sheet marked, cached formula result', async () => {
    expect(await readWorkbook(files.exceljs)).toEqual(SAMPLE_SHEETS)
  })

  it('openpyxl: read although exceljs cannot load its comments; says the comments were skipped and the formula has no result', async () => {
    const opened = await openWorkbook(files.openpyxl)
    if (!opened.ok) throw new Error(opened.error.message)
    const [data, dark] = opened.value
    expect(data?.readNotes).toEqual([
      { row: 0, message: '工作簿中的批注无法读取，已跳过；单元格内容照常读取，请核对预览' },
      { row: 2, column: 2, message: uncachedFormula('C2') },
    ])
    const expected = structuredClone(SAMPLE_SHEETS)
    ;(expected[0] as SheetData).rows[1] = ['2010301', '12.5', '', '甲', '隐藏列的内容']
    expect(withoutSkipNotes(opened.value).map(({ readNotes: _, ...s }) => s)).toEqual(expected)
    expect(dark).toEqual(SAMPLE_SHEETS[1])
  })

  it('LibreOffice re-saves of both read as the exceljs one (LibreOffice stores the formula result)', async () => {
    expect(await readWorkbook(files.lo.exceljs)).toEqual(SAMPLE_SHEETS)
    expect(withoutSkipNotes(await readWorkbook(files.lo.openpyxl))).toEqual(SAMPLE_SHEETS)
  })

  it('the read notes become import warnings with sheet, row and column with sheet, row and column', async () => {
    const sheets = await readWorkbook(files.openpyxl)
    const problems: ImportProblem[] = []
    visibleContent(sheets, false, problems)
    const notes = problems.filter((p) => p.message.includes('公式没有保存计算结果') || p.message.includes('批注无法读取'))
    expect(notes).toEqual([
      { sheet: '数据', row: 0, severity: 'warning', message: '工作簿中的批注无法读取，已跳过；单元格内容照常读取，请核对预览' },
      { sheet: '数据', row: 2, column: 'C', severity: 'warning', message: uncachedFormula('C2') },
    ])
  })

  it('the second cell reader gives exceljs’s sheets for every tool’s file', async () => {
    for (const file of [files.exceljs, files.openpyxl, files.lo.exceljs, files.lo.openpyxl]) {
      const bytes = readFileSync(file)
      expect({ file, sheets: readWorkbookCells(bytes) }).toEqual({ file, sheets: withoutSkipNotes(await readWorkbookBuffer(bytes)) })
    }
  })
})

describe.each(SAMPLES)('sample %s’s import template filled by another tool', (id) => {
  const doc = loadSample(id)
  const catalog = catalogFor(doc.templateYear)
  const options = { templateYear: doc.templateYear, appVersion: '0.1.0', savedAt: '2026-01-01T00:00:00Z' }

  async function imported(file: string) {
    const sheets = await readWorkbook(file)
    const outcome = applyImport(sheets, 'template', undefined, catalog, options)
    if (!outcome.ok) throw new Error(`${basename(file)}: ${outcome.preview.problems.map((p) => p.message).join('\n')}`)
    const warnings = outcome.preview.problems.filter((p) => !p.message.includes('无法读取，已跳过')).map((p) => `${p.sheet}/${p.row}/${p.column ?? ''}: ${p.message}`)
    return { sheets, data: outcome.document.data, warnings }
  }

  it('filled through openpyxl and re-saved by LibreOffice, imports to the exceljs-written one’s document', async () => {
    const t = files.templates[id]
    if (!t) throw new Error('fixture missing')
    const reference = await imported(t.exceljs)
    expect(reference.data.lines).toEqual(doc.data.lines)
    for (const file of [t.openpyxl, t.loExceljs, t.loOpenpyxl]) {
      const other = await imported(file)
      expect({ file: basename(file), data: other.data }).toEqual({ file: basename(file), data: reference.data })
      expect({ file: basename(file), warnings: other.warnings }).toEqual({ file: basename(file), warnings: reference.warnings })
    }
  })

  it('the second cell reader reads each filled template as exceljs does', async () => {
    const t = files.templates[id]
    if (!t) throw new Error('fixture missing')
    for (const file of [t.exceljs, t.openpyxl, t.loOpenpyxl]) {
      const bytes = readFileSync(file)
      expect({ file: basename(file), sheets: readWorkbookCells(bytes) }).toEqual({ file: basename(file), sheets: withoutSkipNotes(await readWorkbookBuffer(bytes)) })
    }
  })
})

describe('files that are not an .xlsx say what they are', () => {
  async function refusal(bytes: Uint8Array | string, name: string): Promise<string> {
    const file = join(dir, name)
    writeFileSync(file, bytes)
    const opened = await openWorkbook(file)
    if (opened.ok) throw new Error(`${name} was read`)
    return opened.error.message
  }

  it('an old .xls (saved by LibreOffice) is told to be saved as .xlsx', async () => {
    expect(await refusal(readFileSync(files.xls), '旧表.xlsx')).toBe(OLD_XLS)
  })

  it('an .xlsx saved with an opening password is “文件已加密” (msoffcrypto decrypts it back, so it truly is)', async () => {
    const plain = readFileSync(files.exceljs)
    const encrypted = encryptXlsx(plain, '预算2026')
    const file = join(dir, 'encrypted.xlsx')
    writeFileSync(file, encrypted)
    const check = 'import io, sys, msoffcrypto\nf = msoffcrypto.OfficeFile(open(sys.argv[1], "rb"))\nf.load_key(password=sys.argv[2], verify_password=True)\no = io.BytesIO()\nf.decrypt(o, verify_integrity=True)\nsys.stdout.buffer.write(o.getvalue())'
    // Needs Debian's python3-msoffcrypto-tool; without it this fails (never skips).
    const decrypted = execFileSync(PYTHON, ['-c', check, file, '预算2026'], { maxBuffer: 16 * 1024 * 1024 })
    expect(Buffer.compare(decrypted, plain)).toBe(0)
    expect(await refusal(encrypted, '加密.xlsx')).toBe(ENCRYPTED)
  })

  it('a compound file that is neither encrypted nor .xls, and a damaged one, are not called encrypted', async () => {
    const other = compoundFile([{ name: 'WordDocument', data: Buffer.alloc(4096, 1) }])
    expect(await refusal(other, 'doc.xlsx')).toBe('所选文件不是 .xlsx 文件：这是 Word 文档（.doc），请选择 Excel 工作簿')
    const damaged = Buffer.from(other)
    damaged.writeUInt32LE(0x7fffffff, 0x30)
    expect(await refusal(damaged, '坏.xlsx')).toBe('所选文件不是 .xlsx 文件：它是已损坏的 Office 文件，无法识别')
  })

  it('a zip without a workbook, a Word document, a CSV text file and an empty file', async () => {
    expect(await refusal(zipSync({ 'readme.txt': strToU8('预算') }), '压缩包.xlsx')).toBe('所选文件不是 .xlsx 文件：这是一个压缩包，其中没有 Excel 工作簿')
    expect(await refusal(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }), '文档.xlsx')).toBe('所选文件不是 .xlsx 文件：这是 Word 文档（.docx），请选择 Excel 工作簿')
    expect(await refusal('功能科目,金额\n2010301,12.5\n', '数据.xlsx')).toBe('所选文件不是 .xlsx 文件：这是文本文件（如 CSV 或网页）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后重新导入')
    expect(await refusal(new Uint8Array(0), '空.xlsx')).toBe('所选文件不是 .xlsx 文件：文件是空的')
  })

  it('a truncated .xlsx is a damaged zip, not an encrypted file', async () => {
    const bytes = readFileSync(files.exceljs)
    expect(await refusal(bytes.subarray(0, Math.floor(bytes.length / 2)), '半个.xlsx')).toBe('所选文件不是 .xlsx 文件：压缩包已损坏或不完整，无法打开；请确认文件已完整保存或下载')
  })
})
