// Journey: amounts and codes mean one thing everywhere (issue 17). The unit is the document's and
// every amount says which it is; a paste of 元-looking figures into a 万元 grid is questioned and
// read again in 元 on request; a prior-year 三公 figure typed in the wrong unit is warned about; a
// code the catalog lacks blocks export until the officer names it in the grid.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preparedBudgetYear } from '../../renderer/src/features/document/new-year'
import { cell, cellText, fill, goToStep, paste, selectCell } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession
const YEARS = [2024, 2025, 2026, 2027]

beforeAll(async () => {
  app = await launchApp({ prefix: 'units-and-codes' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

/** The messages of this step's findings: the list opens over the content (查看 N 条) and is closed again. */
async function stepFindingTexts(page: Page): Promise<string[]> {
  const toggle = page.getByTestId('step-findings-toggle')
  if ((await toggle.count()) === 0) return []
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  const texts = await page.locator('[data-testid="step-finding-list"] .finding-message').allTextContents()
  await toggle.click()
  return texts
}

describe('units and codes', () => {
  it('questions a 元-looking paste into 万元, warns about a prior in the wrong unit, and asks for a name', async () => {
    const page = app.page
    await page.getByTestId('welcome-new').click()
    // The year being prepared is the default; ArrowDown stops at the last year instead of wrapping.
    const yearSelect = page.getByTestId('new-year')
    expect(await yearSelect.textContent()).toBe(`${preparedBudgetYear(new Date(), YEARS)}年`)
    await yearSelect.click()
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect.poll(async () => yearSelect.textContent()).toBe('2027年')
    await page.getByTestId('new-name').fill('单位测试局')
    await page.getByTestId('new-ok').click()

    // Changing 预算年度 offers that year's template and says which one is in use.
    await goToStep(page, 'organization')
    await fill(page, 'department-budgetYear', '2026')
    const notice = page.getByTestId('template-year-switch-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('预算年度为2026年，本文档仍在使用2027年模板')
    await page.getByTestId('template-year-switch').click()
    await notice.waitFor({ state: 'detached' })
    // The placeholders of a new document are findings of this step.
    await expect.poll(async () => (await stepFindingTexts(page)).join('\n'), { timeout: 10_000 }).toContain('主管部门代码为占位值“000”')
    await goToStep(page, 'basic')
    const basic = page.getByTestId('grid-basic-lines')
    expect(await basic.locator('.grid-header-cell.kind-money').textContent()).toContain('（元）')

    // The grid's unit switch is the document's: 万元 now, for this document.
    await basic.getByTestId('grid-unit').getByText('万元').click()
    await expect.poll(async () => basic.locator('.grid-header-cell.kind-money').textContent()).toContain('（万元）')

    // A headerless paste of 元 figures into the 万元 grid: the report asks which unit was meant.
    await selectCell(page, 'basic-lines', 0, 'unitId')
    await paste(page, ['单位测试局\t2010301\t30101\t一般公共预算\t\t当年预算\t150000', '单位测试局\t2010301\t30217\t一般公共预算\t\t当年预算\t65000'].join('\n'))
    const question = page.getByTestId('paste-unit-question')
    await question.waitFor()
    expect(await question.textContent()).toContain('2 个金额')
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('150,000.00')
    await page.getByTestId('paste-as-yuan').click()
    await expect.poll(async () => cellText(page, 'basic-lines', 0, 'amount')).toBe('15.00')
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('6.50')
    expect(await page.getByTestId('paste-unit-question').count()).toBe(0)
    await app.shot('paste-reread')

    // Back to 元 for typing: the stored amounts do not change, only how they show.
    await basic.getByTestId('grid-unit').getByText('元', { exact: true }).click()
    await expect.poll(async () => cellText(page, 'basic-lines', 0, 'amount')).toBe('150,000.00')

    // 三公: last year's 2.3 (meant as 万元) typed into a box in 元 is flagged.
    await goToStep(page, 'three-public')
    expect(await page.getByTestId('three-public-prior-header').textContent()).toContain('上年预算数（元）')
    const prior = page.locator('#field-comparisons-threePublic-reception-prior')
    await prior.fill('2.3')
    await prior.blur()
    const magnitude = async () => (await stepFindingTexts(page)).filter((t) => t.includes('请核对上年数是否按“元”和“万元”填错了单位'))
    await expect.poll(async () => (await magnitude()).join('\n'), { timeout: 10_000 }).toContain('2.30元')
    await app.shot('prior-magnitude')
    await prior.fill('23000')
    await prior.blur()
    await expect.poll(async () => (await magnitude()).length, { timeout: 10_000 }).toBe(0)

    // A code the 2026 catalog lacks: an error naming it until its 项 and 款 have names.
    await goToStep(page, 'basic')
    await selectCell(page, 'basic-lines', 0, 'functionCode')
    await page.keyboard.type('2013801')
    await page.keyboard.press('Enter')
    const unnamed = async () => (await stepFindingTexts(page)).filter((t) => t.includes('2013801') || t.includes('20138'))
    await expect.poll(async () => (await unnamed()).join('\n'), { timeout: 10_000 }).toContain('导出的公开表会印出无名称的编码')
    await selectCell(page, 'basic-lines', 0, 'functionName')
    await page.keyboard.type('行政运行')
    await page.keyboard.press('Enter')
    await expect.poll(async () => cellText(page, 'basic-lines', 0, 'functionName')).toBe('行政运行')
    expect(await cellText(page, 'basic-lines', 0, 'functionCode')).toBe('2013801 行政运行')
    // The 款 20138 still has no name, and says so.
    await expect.poll(async () => (await unnamed()).join('\n'), { timeout: 10_000 }).toContain('的款“20138”不在')
    expect(await cell(page, 'basic-lines', 0, 'functionCode').getAttribute('class')).toContain('mark-error')

    // 导入科目表 from the step's banner: the 款 gets its name, a differing name is listed, not applied.
    writeFileSync(join(app.workspace, '2026年科目表.csv'), '科目编码,科目名称\n20138,市场监督管理事务\n2013801,行政运行\n2010301,行政运行（改）\n')
    await page.getByTestId('unnamed-codes-banner').waitFor()
    await page.getByTestId('banner-import-catalog').click()
    await page.getByTestId('catalog-files-2026年科目表.csv').click()
    const summary = page.getByTestId('catalog-import-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('新增 1 个科目，1 个已有相同名称，1 个名称不一致（保留原名称）')
    expect(await page.getByTestId('catalog-import-added').textContent()).toContain('20138 市场监督管理事务')
    expect(await page.getByTestId('catalog-import-conflicts').textContent()).toContain('2010301 已有名称“行政运行”')
    await app.shot('catalog-import')
    await page.getByTestId('catalog-import-close').click()
    await expect.poll(async () => (await unnamed()).length, { timeout: 10_000 }).toBe(1)
    await expect.poll(async () => (await unnamed()).join('\n'), { timeout: 10_000 }).toContain('名称由本文档填写')
    expect(await page.getByTestId('unnamed-codes-banner').count()).toBe(0)
  })
})
