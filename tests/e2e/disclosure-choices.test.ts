// Journey: the sections and choices of real published documents, set in the wizard on sample 004 —
// 八 without a comparison, 国有资产 details, the province's name of 表10 and a wording choice — and
// seen in the preview of the 情况说明 and the tables; then a budget year without its own template.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { choose, fill, goToStep } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'disclosure-choices' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

async function narrativeSection(page: Page, id: string): Promise<string> {
  await page.getByRole('tab', { name: '情况说明' }).click()
  return (await page.getByTestId('narrative-preview').locator(`section[data-section="${id}"]`).textContent()) ?? ''
}

describe('choices of published documents in the wizard', () => {
  it('sets 本年不作比较, asset details, a 表10 name and 当年拨款, and sees them in the preview', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()

    await goToStep(page, 'three-public')
    await page.getByTestId('office-no-comparison').scrollIntoViewIfNeeded()
    await page.getByTestId('office-no-comparison').click()
    await fill(page, 'comparisons-officeOperation-reason', '本年只说明人员编制变化')
    await app.shot('choices-01-office-no-comparison')

    await goToStep(page, 'procurement-assets')
    await page.getByTestId('asset-details').getByText('资产明细（选填）').click()
    await page.getByTestId('add-vehicle-detail').click()
    await fill(page, 'assets-details-vehicles-0-count', '2')
    await fill(page, 'assets-details-vehicles-0-purchaseYear', '2019')
    await fill(page, 'assets-details-intangibleAssets-originalValue', '600000')
    await page.locator('#field-assets-details-intangibleAssets-originalValue').blur()
    await app.shot('choices-02-asset-details')

    await goToStep(page, 'overview')
    await fill(page, 'settings-tableTitles-T10', '一般公共预算“三公”经费支出表')
    await choose(page, page.getByTestId('wording-generalBudgetWord'), '一般公共预算当年拨款')
    await app.shot('choices-03-print-options')

    await goToStep(page, 'review')
    await page.getByTestId('preview-tabs').scrollIntoViewIfNeeded()
    await expect.poll(() => narrativeSection(page, '八'), { timeout: 10_000 }).toContain('本年不作比较，本年只说明人员编制变化。')
    const eleven = await narrativeSection(page, '十一')
    expect(eleven).toContain('公务用车明细：领导用车2辆（2019年购置）。')
    expect(eleven).toContain('无形资产原值60.00万元。')
    expect(await narrativeSection(page, '五')).toContain('一般公共预算当年拨款')
    await app.shot('choices-04-narrative')
    await page.getByRole('tab', { name: '表10', exact: true }).click()
    await expect.poll(async () => (await page.getByTestId('table-T10').textContent()) ?? '').toContain('2026年一般公共预算“三公”经费支出表')
    await app.shot('choices-05-table10')
    expect(await page.getByTestId('template-year-notice').count()).toBe(0)

    // A budget year without its own template: every step says which template is used.
    await goToStep(page, 'organization')
    await fill(page, 'department-budgetYear', '2023')
    await page.locator('#field-department-budgetYear').blur()
    await expect.poll(async () => (await page.getByTestId('template-year-notice').textContent()) ?? '', { timeout: 10_000 }).toMatch(/^2023年没有专用模板，使用20\d\d年模板/)
    await app.shot('choices-06-template-notice')
  }, 180_000)
})
