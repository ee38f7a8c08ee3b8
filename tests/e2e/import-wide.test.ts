// Journey: a budget-system export in the wide layout (一般公共预算 and 政府性基金预算, each over 当年 and
// 上年结转, a two-row header) with two sheets is mapped in the dialog by mouse and keyboard, the
// preview says what each sheet brings, and nothing changes until the officer confirms; the mapping
// is remembered under the name typed, offered for the next export and renamed there.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fenToYuanString } from '../../core/money/money'
import { groupDigits } from '../../renderer/src/components/paste/money-text'
import { yuanAndWan } from '../../renderer/src/features/shared/sums'
import { WIDE_SHEETS, wideLineCount, wideTotalFen, writeWideWorkbook } from '../import/wide-workbook'
import { api, launchApp, type AppSession } from './harness'
import { cellText, choose, goToStep } from './actions'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'import-wide' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

const WORKBOOK = '一体化系统导出.xlsx'

describe('wide two-sheet import', () => {
  it('maps both sheets, previews each, imports only when confirmed, and remembers the mapping by name', async () => {
    const page = app.page
    await page.getByTestId('welcome-new').click()
    await choose(page, page.getByTestId('new-year'), '2026年')
    await page.getByTestId('new-name').fill('示例市数据局')
    await page.getByTestId('new-ok').click()
    await page.getByTestId('step-organization').waitFor()

    await writeWideWorkbook(join(app.workspace, WORKBOOK))
    await page.getByTestId('cmd-import').click()
    await page.getByTestId('cmd-import-workbook').click()
    await page.getByTestId(`import-workbooks-${WORKBOOK}`).click()
    await page.getByTestId('mapping-preview').waitFor({ timeout: 90_000 })

    // The two-row header is recognised: four amount columns, each with its fund source and period.
    expect(await page.locator('input[data-testid="import-header-rows"], [data-testid="import-header-rows"] input').first().inputValue()).toBe('2')
    const amounts = page.getByTestId('map-amount-columns')
    expect(await amounts.locator('.import-amount-column').count()).toBe(4)
    expect(await page.getByTestId('map-amount-1-column').textContent()).toContain('F 一般公共预算 · 上年结转')
    expect(await page.getByTestId('map-amount-1-period').textContent()).toContain('上年结转')
    expect(await page.getByTestId('map-amount-2-source').textContent()).toContain('政府性基金预算')
    expect(await page.getByTestId('mapping-preview').locator('.import-amount').first().textContent()).toBe('1,000,000.00')
    // Both sheets are ticked for import.
    expect(await page.getByTestId('import-sheet-基本支出').textContent()).toContain('导入')
    expect(await page.getByTestId('import-sheet-项目支出').textContent()).toContain('导入')

    // The officer names the mapping (keyboard) and, on the project sheet, gives new projects their category (mouse).
    await page.getByTestId('import-save-as').click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('一体化宽表')
    await page.getByTestId('import-sheet-项目支出').click()
    await expect.poll(() => page.getByTestId('import-include-sheet-label').textContent()).toContain('项目支出')
    expect(await page.getByTestId('import-include-sheet').isChecked()).toBe(true)
    await choose(page, page.getByTestId('map-default-category'), '其他运转类')
    await app.shot('01-wide-mapping')

    await page.getByTestId('import-check').click()
    const report = page.getByTestId('import-report')
    await report.waitFor()
    expect(await report.getAttribute('data-ok')).toBe('true')
    const all = [...WIDE_SHEETS.基本支出, ...WIDE_SHEETS.项目支出]
    expect(await page.getByTestId('import-summary').textContent()).toContain(`共 ${wideLineCount(all)} 条预算行`)
    const sheetRow = async (name: string) => (await page.getByTestId('import-sheets').locator(`tr[data-row-key="${name}"] td`).allTextContents()).map((c) => c.trim())
    const basic = await sheetRow('基本支出')
    expect(basic.slice(0, 5)).toEqual(['基本支出', `${wideLineCount(WIDE_SHEETS.基本支出)}（基本 ${wideLineCount(WIDE_SHEETS.基本支出)}，项目 0）`, '1', '0', yuanAndWan(wideTotalFen(WIDE_SHEETS.基本支出))])
    const projects = await sheetRow('项目支出')
    expect(projects.slice(0, 5)).toEqual(['项目支出', `${wideLineCount(WIDE_SHEETS.项目支出)}（基本 0，项目 ${wideLineCount(WIDE_SHEETS.项目支出)}）`, '1', '2', yuanAndWan(wideTotalFen(WIDE_SHEETS.项目支出))])
    // The 0 cell and the 合计 rows are listed as skipped, with the reason.
    await page.getByTestId('import-panels').getByText(/^跳过的行/).click()
    await page.getByTestId('import-panels').getByText('“基本支出”第5行：“政府性基金预算 · 当年”为0，未生成预算行').waitFor()
    await app.shot('02-wide-preview')

    // Nothing has reached the document yet (no step to undo); confirmed, the import arrives as one undo step.
    expect(await page.getByTestId('cmd-undo').isDisabled()).toBe(true)
    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' })
    expect(await page.getByTestId('cmd-undo').isDisabled()).toBe(false)

    await goToStep(page, 'basic')
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe(groupDigits(fenToYuanString(100_000_000)))
    await goToStep(page, 'projects')
    expect(await cellText(page, 'project-lines', 0, 'amount')).toBe('450,000.00')
    await app.shot('03-wide-imported')

    // The named mapping is remembered and offered for the same header; it can be renamed there.
    const listed = await api(app.host, 'import:listMappings')
    expect((listed.value?.entries as { name: string }[]).map((e) => e.name).sort()).toEqual(['一体化宽表', '项目支出'])
    await page.getByTestId('cmd-import').click()
    await page.getByTestId('cmd-import-workbook').click()
    await page.getByTestId(`import-workbooks-${WORKBOOK}`).click()
    await page.getByTestId('mapping-preview').waitFor({ timeout: 90_000 })
    expect(await page.getByTestId('import-dialog').getByText('已套用上次为相同表头保存的列对应').count()).toBe(1)
    // Both sheets share the header, so both remembered mappings are offered; the officer picks one.
    await choose(page, page.getByTestId('import-saved-select'), '一体化宽表')
    expect(await page.getByTestId('import-saved-select').textContent()).toContain('一体化宽表')
    expect(await page.locator('input[data-testid="import-save-as"]').inputValue()).toBe('一体化宽表')
    await page.getByTestId('import-saved-rename').click()
    await page.getByTestId('import-saved-new-name').fill('预算系统宽表（元）')
    await page.getByTestId('import-saved-rename-ok').click()
    await expect.poll(() => page.getByTestId('import-saved-select').textContent()).toContain('预算系统宽表（元）')
    const renamed = await api(app.host, 'import:listMappings')
    expect((renamed.value?.entries as { name: string }[]).map((e) => e.name).sort()).toEqual(['项目支出', '预算系统宽表（元）'])
    await page.getByTestId('import-dialog').getByRole('button', { name: '取消' }).click()
  }, 300_000)
})
