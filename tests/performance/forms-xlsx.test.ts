// The forms workbook read back with exceljs against the FormModels, and printed by LibreOffice:
// one sheet per form, merges and texts as in the model, every amount in the printed PDF.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { derive } from '../../core/calc/derive'
import { DRAFT_MARK } from '../../core/report/draft-mark'
import { formatYuanText } from '../../core/money/format'
import { projectFormAmounts } from '../../core/performance/amounts'
import { anchoredCells } from '../../core/performance/form-model'
import { buildAllFormModels } from '../../core/performance/forms'
import { formSheetNames, formsXlsxBuffer, planFormSheet, SHEET_NAME_MAX, writeFormsWorkbook } from '../../electron/main/export/forms-xlsx'
import { FIRST_GRID_ROW } from '../../electron/main/export/forms-xlsx/sheet-plan'
import { namesFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'

const doc = loadSample('004')
const derivation = derive(doc.data, namesFor(2026))
const forms = buildAllFormModels(derivation, { templateYear: 2026 })
const dir = mkdtempSync(join(tmpdir(), 'forms-xlsx-'))
const file = join(dir, '004-forms.xlsx')
const written = writeFormsWorkbook(derivation, file, { templateYear: 2026, generatedAt: new Date('2026-03-01T08:00:00Z') })

const address = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`

describe('forms workbook', () => {
  it('is the same streamed into its file as collected into a buffer (formsXlsxBuffer)', async () => {
    await written
    const bytes = await formsXlsxBuffer(forms, { departmentName: doc.data.department.displayName, budgetYear: doc.data.department.budgetYear, generatedAt: new Date('2026-03-01T08:00:00Z') })
    expect(bytes.equals(readFileSync(file))).toBe(true)
  })

  it('has one sheet per form with unique, valid names of at most 31 characters', async () => {
    expect((await written).map((f) => f.key)).toEqual(forms.map((f) => f.key))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
    const names = wb.worksheets.map((w) => w.name)
    expect(names).toEqual(formSheetNames(forms))
    expect(names[0]).toBe('整体支出绩效目标')
    expect(names[1]).toBe('01 Z评审经费')
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(forms.length)
    for (const n of names) expect(n.length <= SHEET_NAME_MAX && !/[\\/?*[\]:]/.test(n)).toBe(true)
    const long = formSheetNames([{ ...(forms[1] as (typeof forms)[number]), caption: '一'.repeat(40) }, { ...(forms[1] as (typeof forms)[number]), caption: 'a/b:c' }])
    expect(long).toEqual([`01 ${'一'.repeat(28)}`, '02 a_b_c'])
  })

  it('holds every cell and merge of the form, with borders, wrapping and the print setup', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
    forms.forEach((form, i) => {
      const ws = wb.worksheets[i] as ExcelJS.Worksheet
      expect(ws.getCell('A1').value).toBe(form.title)
      expect(ws.getCell('A2').value).toBe(form.subtitle)
      const merges = new Set((ws.model as unknown as { merges: string[] }).merges)
      const plan = planFormSheet(form)
      const at = (row: number) => plan.gridRows[row] as number
      for (const { row, col, cell } of anchoredCells(form.rows)) {
        const c = ws.getCell(at(row), col + 1)
        if (typeof c.value === 'number') expect(c.value).toBe(Number(cell.text.replace(/,/g, '')))
        else expect(c.value ?? '').toBe(cell.text)
        expect(c.border?.top?.style).toBe('thin')
        expect(c.alignment?.wrapText).toBe(true)
        // A span a page break cuts is merged up to the break (and again on the next page).
        if ((cell.rowSpan > 1 || cell.colSpan > 1) && plan.breaksAfter.every((b) => b < at(row) || b >= at(row + cell.rowSpan - 1))) {
          expect(merges.has(`${address(at(row), col + 1)}:${address(at(row + cell.rowSpan - 1), col + cell.colSpan)}`)).toBe(true)
        }
      }
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
      for (let r = FIRST_GRID_ROW; r <= plan.grid.last; r++) expect(ws.getRow(r).height).toBeGreaterThanOrEqual(18)
    })
    // The 年度 money is a number shown as the form prints it.
    const one = wb.worksheets[1]?.getCell((planFormSheet(forms[1] as (typeof forms)[number]).gridRows[3] as number), 8)
    expect(one?.value).toBe(354000)
    expect(one?.numFmt).toBe('#,##0')
    expect(wb.worksheets[0]?.getCell(planFormSheet(forms[0] as (typeof forms)[number]).gridRows[8] as number, 3).numFmt).toBe('0.00')
  })

  it('marks every sheet of a 核对稿 in its page header and the workbook properties', async () => {
    const draftFile = join(dir, '004-forms-draft.xlsx')
    await writeFormsWorkbook(derivation, draftFile, { templateYear: 2026, generatedAt: new Date('2026-03-01T08:00:00Z'), draft: { errors: 4 } })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(draftFile) as unknown as ArrayBuffer)
    expect(wb.worksheets.length).toBe(forms.length)
    for (const ws of wb.worksheets) expect(ws.headerFooter.oddHeader, ws.name).toContain(DRAFT_MARK)
    expect(wb.subject).toContain('（核对稿）')
    expect(wb.description).toBe(`${DRAFT_MARK}（4 个错误）`)
    const final = new ExcelJS.Workbook()
    await final.xlsx.load(readFileSync(file) as unknown as ArrayBuffer)
    for (const ws of final.worksheets) expect(ws.headerFooter.oddHeader ?? '').not.toContain(DRAFT_MARK)
    expect(final.subject).not.toContain('核对稿')
  })

  it('prints with LibreOffice showing every form and every amount', async () => {
    await written
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
    execFileSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 })
    const text = execFileSync('pdftotext', [join(dir, '004-forms.pdf'), '-'], { encoding: 'utf8' })
    writeFileSync(join(dir, '004-forms.txt'), text)
    const squeezed = text.replace(/\s+/g, '')
    for (const f of forms) expect(squeezed).toContain(f.title)
    const tokens = new Set(text.split(/\s+/))
    for (const f of doc.data.performance.projectForms) expect(tokens).toContain(formatYuanText(projectFormAmounts(derivation, f.projectId).total))
    for (const w of ['3229.82', '1479.22', '1750.60', '0.00']) expect(tokens).toContain(w)
  }, 120_000)
})
