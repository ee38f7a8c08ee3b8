// Journey: a first-year officer has no app document from last year, only last year's published
// PDF. 从上年公开文件新建 reads it, shows every block with each number and where it was printed,
// and builds the new year's draft from the blocks the officer keeps.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSamplePdf } from '../export/pdf/export-sample'
import { goToStep } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'published' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('从上年公开文件新建', () => {
  it('reads last year’s PDF, shows what it found where, and applies only the confirmed blocks', async () => {
    const page = app.page
    const { bytes } = await exportSamplePdf('000')
    writeFileSync(join(app.workspace, '2025年部门预算公开.pdf'), bytes)
    // A first-year officer starts from the welcome page.
    await page.getByTestId('welcome-published').click()
    await page.getByTestId('published-files-2025年部门预算公开.pdf').click()
    const discard = page.getByTestId('unsaved-discard')
    if (await discard.isVisible({ timeout: 2_000 }).catch(() => false)) await discard.click()
    await page.getByTestId('published-block-comparisons').waitFor({ timeout: 120_000 })
    expect(await page.getByTestId('published-review').textContent()).toContain('从2025年公开文件生成2026年草稿')
    const figures = (await page.getByTestId('published-block-comparisons').textContent()) ?? ''
    // Each figure names the page and the table row it was read from (pages follow the PDF's layout).
    expect(figures).toMatch(/预算收入总计2045\.61万元第\d+页 表1“收入总计”行/)
    expect(figures).toMatch(/机关运行经费76\.06万元第\d+页 表11“部门合计”行/)
    await app.shot('published-01-review')

    // The officer keeps the figures and units but not last year's 职责 text.
    await page.getByTestId('published-take-overview').click()
    await page.getByTestId('published-apply').click()
    await page.getByTestId('published-block-comparisons').waitFor({ state: 'detached' })
    await goToStep(page, 'overview')
    expect(await page.locator('#field-comparisons-incomeTotal-prior').inputValue()).toBe('20456100.00')
    expect(await page.locator('#field-overview-duties').inputValue()).toBe('')
    await app.shot('published-02-overview')
    await goToStep(page, 'three-public')
    expect(await page.locator('#field-comparisons-officeOperation-prior').inputValue()).toBe('760600.00')
    expect(await page.getByTestId('doc-name').textContent()).toBe('未命名文档')
  }, 300_000)
})
