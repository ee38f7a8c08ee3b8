// Journey: from an empty document to an exported Excel and PDF, by typing and pasting only. A
// two-unit department is built step by step; the findings start red and end at none; the exported
// xlsx and PDF contain the typed figures.
import ExcelJS from 'exceljs'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPdf, compactPageText } from '../export/pdf/read-pdf'
import { cellText, choose, expectSaved, fill, findingCounts, goToStep, paste, selectCell, typeCells } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'empty-to-export' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

// Copied from a spreadsheet: a header line (with the unit 元 in it), codes with names attached,
// thousands separators and full-width digits.
const BASIC_BLOCK = [
  '单位\t功能科目\t经济科目\t资金来源\t当年/结转\t金额（元）',
  '示例市数据局\t2010301 行政运行\t30101 基本工资\t一般公共预算\t当年预算\t1,234,500.00',
  '示例市数据局\t2010301\t30201 办公费\t一般公共预算\t当年\t86,000',
  '示例市数据中心\t2010350 事业运行\t30101\t一般\t当年预算\t５６７，８００',
  '',
].join('\r\n')

describe('from an empty document to Excel and PDF', () => {
  it('builds a two-unit department by typing and pasting, checks it and exports it', async () => {
    const page = app.page
    await page.getByTestId('welcome').waitFor()
    await app.shot('01-welcome')

    // 新建: template year and department name.
    await page.getByTestId('welcome-new').click()
    await choose(page, page.getByTestId('new-year'), '2026年')
    await page.getByTestId('new-name').fill('示例市数据局')
    await app.shot('02-new-dialog')
    await page.getByTestId('new-ok').click()
    await page.getByTestId('step-organization').waitFor()
    await expect.poll(async () => (await findingCounts(page)).errors).toBeGreaterThan(0)

    // 1 部门与单位
    await fill(page, 'department-code', '101')
    await fill(page, 'department-regionName', '示例市')
    await typeCells(page, 'units', 1, 'name', ['示例市数据中心', '公益一类'])
    expect(await cellText(page, 'units', 1, 'type')).toBe('公益一类事业单位')
    expect(await cellText(page, 'units', 0, 'isHeadUnit')).toBe('是')
    await app.shot('03-organization')

    // 3 基本支出: paste a block, then type one more line by hand.
    await goToStep(page, 'basic')
    await selectCell(page, 'basic-lines', 0, 'unitId')
    await paste(page, BASIC_BLOCK)
    await page.getByTestId('paste-report').waitFor()
    expect(await page.getByTestId('paste-report').textContent()).toContain('已粘贴 3 行')
    // The code picker searches the catalog by name as well as by code.
    await typeCells(page, 'basic-lines', 3, 'unitId', ['示例市数据中心'])
    await page.keyboard.type('基本养老保险缴费')
    await page.getByTestId('code-picker').getByText('2080505').waitFor()
    await app.shot('04a-code-picker')
    await page.keyboard.press('Tab')
    await page.keyboard.type('30108')
    await page.keyboard.press('Tab')
    await typeCells(page, 'basic-lines', 3, 'source', ['一般公共预算', '', '当年预算', '98765.40'])
    expect(await cellText(page, 'basic-lines', 2, 'amount')).toBe('567,800.00')
    expect(await cellText(page, 'basic-lines', 3, 'functionCode')).toBe('2080505 机关事业单位基本养老保险缴费支出')
    expect(await page.getByTestId('basic-totals').textContent()).toContain('1,987,065.40 元')
    await app.shot('04-basic-lines')

    // 4 项目支出: type a project, paste its lines in 万元.
    await goToStep(page, 'projects')
    await typeCells(page, 'projects', 0, 'name', ['政务数据平台运维项目', '', '其他运转类'])
    await selectCell(page, 'project-lines', 0, 'projectId')
    await paste(page, '项目\t功能科目\t经济科目\t资金来源\t当年/结转\t金额（万元）\n政务数据平台运维项目\t2010399\t30227 委托业务费\t一般公共预算\t当年预算\t45.67\n')
    await page.getByTestId('paste-report').waitFor()
    expect(await cellText(page, 'project-lines', 0, 'unitId')).toBe('示例市数据局')
    expect(await cellText(page, 'project-lines', 0, 'amount')).toBe('456,700.00')
    await app.shot('05-projects')

    // 5 “三公”经费与机关运行经费: last year's figures (no 三公 spending either year).
    await goToStep(page, 'three-public')
    for (const item of ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation']) await fill(page, `comparisons-threePublic-${item}-prior`, '0')
    await expect.poll(() => page.getByTestId('current-office').textContent()).toBe('8.60')
    await fill(page, 'comparisons-officeOperation-prior', '86,000')
    await app.shot('06-three-public')

    // 6 政府采购与国有资产 — reached through its finding: the click lands in the field to fill.
    await goToStep(page, 'review')
    await page.getByTestId('all-findings').locator('.finding', { hasText: '截至日期' }).first().click()
    await page.getByTestId('step-procurement-assets').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-assets-asOf')
    await fill(page, 'assets-asOf', '2025-12-31')
    await fill(page, 'assets-officeArea', '1200')
    await app.shot('07-procurement-assets')

    // 7 绩效目标: create the form, write its goal and indicators.
    await goToStep(page, 'performance')
    await fill(page, 'overallFiling-unitCount', '2')
    await fill(page, 'overallFiling-amount', '2,600,000')
    await page.getByTestId('create-forms').click()
    await page.getByTestId('form-projects').getByText('政务数据平台运维项目').click()
    await page.getByTestId('project-form-editor').waitFor()
    await fill(page, 'performance-projectForms-0-annualGoal', '保障政务数据平台全年稳定运行')
    for (const half of ['implementation-indicators', 'annual-indicators']) {
      await typeCells(page, half, 0, 'name', ['平台运维天数', '≥365天'])
      await typeCells(page, half, 1, 'name', ['保障政务数据共享', '有效保障'])
      await typeCells(page, half, 2, 'name', ['使用单位满意度', '≥95%'])
    }
    await app.shot('08-performance')

    // 8 概况与其他说明: last year's totals and the reason for the change.
    await goToStep(page, 'overview')
    await fill(page, 'overview-duties', '负责全市政务数据资源管理。')
    for (const f of ['incomeTotal', 'expenditureTotal', 'generalBudgetCurrent']) await fill(page, `comparisons-${f}-prior`, '2,300,000')
    await fill(page, 'comparisons-incomeTotal-reason', '新增政务数据平台运维项目')
    await fill(page, 'comparisons-expenditureTotal-reason', '新增政务数据平台运维项目')
    await app.shot('09-overview')

    // 9 检查与导出: no findings left.
    await goToStep(page, 'review')
    // No errors; the 体检's reminders (the same count as the toolbar's) do not block the export.
    await expect.poll(async () => (await findingCounts(page)).errors, { timeout: 10_000 }).toBe(0)
    await page.getByTestId('inspection-verdict').waitFor()
    expect(await page.getByTestId('inspection-verdict').getAttribute('data-allowed')).toBe('true')
    await app.shot('10-review-clear')
    await page.getByRole('tab', { name: '情况说明' }).click()
    expect(await page.getByTestId('narrative-preview').textContent()).toContain('244.38')
    await app.shot('11-narrative')
    await page.getByRole('tab', { name: '表1', exact: true }).click()

    await page.getByTestId('export-both').click()
    await page.getByTestId('export-done').waitFor({ timeout: 60_000 })
    await app.shot('12-exported')
    // Web mode: the files come to the browser as downloads (all of them as one zip).
    const [zip] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-all').click()])
    expect(zip.suggestedFilename()).toMatch(/\.zip$/)

    const folder = join(app.workspace, '导出')
    expect(existsSync(folder)).toBe(true)
    const [docFolder] = readdirSync(folder)
    const files = readdirSync(join(folder, docFolder as string))
    const xlsx = files.find((f) => f.endsWith('.公开表.xlsx')) ?? files.find((f) => f.endsWith('.xlsx'))
    const pdf = files.find((f) => f.endsWith('.pdf'))
    expect(xlsx && pdf).toBeTruthy()

    // The typed figures, in 万元 as the tables print them.
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(join(folder, docFolder as string, xlsx as string))
    const values: unknown[] = []
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void values.push(c.value))))
    for (const figure of [244.38, 123.45, 8.6, 56.78, 9.88, 45.67]) expect(values).toContain(figure)
    const strings = values.filter((v): v is string => typeof v === 'string')
    for (const name of ['示例市数据局', '政务数据平台运维项目']) expect(strings.some((v) => v.includes(name))).toBe(true)

    const read = await readPdf(new Uint8Array(readFileSync(join(folder, docFolder as string, pdf as string))))
    const text = read.pages.map(compactPageText).join('\n')
    for (const s of ['示例市数据局', '示例市数据中心', '政务数据平台运维项目', '244.38', '123.45', '45.67', '新增政务数据平台运维项目']) expect(text).toContain(s)

    // Save as, in the workspace.
    await page.getByTestId('cmd-save-as').click()
    await page.getByTestId('save-as-name').fill('示例市数据局2026年预算')
    await page.getByTestId('save-as-ok').click()
    await expectSaved(page, '示例市数据局2026年预算')
    expect(readdirSync(app.workspace).some((f) => f.startsWith('示例市数据局2026年预算'))).toBe(true)
    await app.shot('13-saved')
  }, 240_000)
})
