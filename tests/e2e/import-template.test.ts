// Journey: sample 004 written as a filled import template (导入 → 导出为导入模板), one text changed and
// the 政府采购 rows removed in the workbook, read back: the preview lists what each sheet brings and
// says the emptied sheet is not imported; nothing changes until the officer confirms.
import ExcelJS from 'exceljs'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goToStep } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'import-template' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

const FILE = '大同市行政审批服务管理局2026年导入模板.xlsx'
const NEW_DUTIES = '（一）负责全市行政审批服务管理工作。'

describe('export as import template and read it back', () => {
  it('round-trips sample 004 through the workbook with a preview per sheet', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()
    await goToStep(page, 'overview')
    const duties = page.locator('#field-overview-duties')
    const before = await duties.inputValue()
    expect(before).not.toBe(NEW_DUTIES)

    await page.getByTestId('cmd-import').click()
    await page.getByTestId('cmd-export-import-template').click()
    await page.getByText(`已导出导入模板：${FILE}`, { exact: false }).waitFor()
    const path = join(app.workspace, FILE)
    expect(existsSync(path)).toBe(true)

    // The officer edits the workbook: a new 部门职责, and the 政府采购 rows deleted (the 示例 row stays).
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(path)
    const overview = wb.getWorksheet('概况') as ExcelJS.Worksheet
    expect(overview.getCell('A2').value).toBe('部门职责')
    overview.getCell('B2').value = NEW_DUTIES
    const procurement = wb.getWorksheet('政府采购') as ExcelJS.Worksheet
    expect(procurement.getCell('A2').value).toBe('示例')
    for (let r = 3; r <= procurement.rowCount; r++) procurement.getRow(r).eachCell((cell) => (cell.value = null))
    await wb.xlsx.writeFile(path)

    await page.getByTestId('cmd-import').click()
    await page.getByTestId('cmd-import-workbook').click()
    await page.getByTestId(`import-workbooks-${FILE}`).click()
    const report = page.getByTestId('import-report')
    await report.waitFor({ timeout: 90_000 })
    expect(await report.getAttribute('data-ok')).toBe('true')
    const sheets = page.getByTestId('import-sheets')
    const texts = await sheets.locator('.ant-list-item').allTextContents()
    expect(texts).toContain('《政府采购》表为空，未导入')
    expect(texts.some((t) => t.startsWith('《概况》：部门职责'))).toBe(true)
    expect(texts.some((t) => t.startsWith('《基本支出》：') && t.endsWith('行预算'))).toBe(true)
    expect(await sheets.locator('[data-empty="true"]', { hasText: '政府采购' }).count()).toBe(1)
    await app.shot('01-template-preview')
    // Nothing is applied before the officer confirms.
    expect(await duties.inputValue()).toBe(before)

    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' })
    await goToStep(page, 'overview')
    await expect.poll(() => duties.inputValue()).toBe(NEW_DUTIES)
  }, 240_000)
})
