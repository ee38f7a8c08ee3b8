// Journey: open sample 004 (大同, four units), change one budget line, and watch 表1, 表2 and the
// 情况说明 follow — every figure is derived, nothing is typed twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { formatWanText } from '../../core/money/format'
import { cellText, goToStep, selectCell } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'sample-004' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

/** A money cell of the preview, in 0.01万元 (blank = 0). */
async function previewMoney(page: Page, table: string, rowKey: string, column: number): Promise<number> {
  await page.getByRole('tab', { name: `表${table.slice(1)}`, exact: true }).click()
  const text = (await page.getByTestId(`table-${table}`).locator(`tr[data-row-key="${rowKey}"] td`).nth(column).textContent()) ?? ''
  return text.trim() === '' ? 0 : Math.round(Number(text) * 100)
}

async function narrativeSection(page: Page, id: string): Promise<string> {
  await page.getByRole('tab', { name: '情况说明' }).click()
  return (await page.getByTestId('narrative-preview').locator(`section[data-section="${id}"]`).textContent()) ?? ''
}

describe('sample 004', () => {
  it('changes a line and sees 表1, 表2 and the 情况说明 follow', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()
    expect(await page.getByTestId('grid-units').locator('.grid-row:not(.phantom)').count()).toBe(4)
    await app.shot('01-opened')

    await goToStep(page, 'review')
    await page.getByTestId('preview-tabs').scrollIntoViewIfNeeded()
    const t1Before = await previewMoney(page, 'T1', 'grand-total', 1)
    const t1GeneralBefore = await previewMoney(page, 'T1', 'cat:201', 1)
    const t2Before = await previewMoney(page, 'T2', 'total', 3)
    const t2CodeBefore = await previewMoney(page, 'T2', 'c:2010301', 3)
    await page.getByRole('tab', { name: '表1', exact: true }).click()
    await app.shot('02-table1-before')
    const oneBefore = await narrativeSection(page, '一')
    expect(oneBefore).toContain(`收入总计${formatWanText(t1Before)}万元`)

    // 基本工资 of the 本级 unit, first line: 3,154,100.00 元 → 3,164,100.00 元 (+1.00 万元).
    await goToStep(page, 'basic')
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('3,154,100.00')
    await selectCell(page, 'basic-lines', 0, 'amount')
    await page.keyboard.type('3,164,100')
    await page.keyboard.press('Enter')
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('3,164,100.00')
    await app.shot('03-line-changed')

    await goToStep(page, 'review')
    await page.getByTestId('preview-tabs').scrollIntoViewIfNeeded()
    await expect.poll(() => previewMoney(page, 'T1', 'grand-total', 1)).toBe(t1Before + 100)
    await expect.poll(() => previewMoney(page, 'T1', 'cat:201', 1)).toBe(t1GeneralBefore + 100)
    await expect.poll(() => previewMoney(page, 'T2', 'total', 3)).toBe(t2Before + 100)
    await expect.poll(() => previewMoney(page, 'T2', 'c:2010301', 3)).toBe(t2CodeBefore + 100)
    await page.getByRole('tab', { name: '表2', exact: true }).click()
    await page.getByTestId('table-T2').locator('tr[data-row-key="c:2010301"]').scrollIntoViewIfNeeded()
    await app.shot('04-table2-after')
    const oneAfter = await narrativeSection(page, '一')
    expect(oneAfter).toContain(`收入总计${formatWanText(t1Before + 100)}万元`)
    expect(oneAfter).not.toEqual(oneBefore)
    await page.getByTestId('narrative-preview').scrollIntoViewIfNeeded()
    await app.shot('05-narrative-after')

    // Undo brings every derived figure back.
    await page.getByTestId('cmd-undo').click()
    await expect.poll(() => previewMoney(page, 'T1', 'grand-total', 1)).toBe(t1Before)
  }, 180_000)

  it('keeps the 基本支出 totals on screen on a laptop screen, and the grid as tall as it was on a large one', async () => {
    const page = app.page
    await goToStep(page, 'basic')
    const totals = page.getByTestId('basic-totals')
    const gridHeight = async () => (await page.getByTestId('grid-basic-lines').locator('.grid-scroll').boundingBox())?.height ?? 0
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size)
      await expect.poll(async () => ((await totals.boundingBox())?.y ?? Infinity) + ((await totals.boundingBox())?.height ?? 0), { timeout: 10_000 }).toBeLessThanOrEqual(size.height)
      expect(await gridHeight()).toBeGreaterThanOrEqual(4 * 30)
    }
    await page.setViewportSize({ width: 1920, height: 1080 })
    await expect.poll(gridHeight, { timeout: 10_000 }).toBe(480)
    await page.setViewportSize({ width: 1440, height: 900 })
  }, 60_000)
})
