// What the officer does, as the tests do it: click a grid cell and type, paste a block copied from
// Excel (a real ClipboardEvent with text/plain, as Chromium delivers Ctrl+V), fill form fields, read
// the live findings.
import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'

export const grid = (page: Page, id: string): Locator => page.getByTestId(`grid-${id}`)

export function cell(page: Page, gridId: string, row: number, column: string): Locator {
  return grid(page, gridId).locator(`.grid-row[data-row="${row}"] .grid-cell[data-col="${column}"]`)
}

export async function selectCell(page: Page, gridId: string, row: number, column: string): Promise<void> {
  const c = cell(page, gridId, row, column)
  await c.scrollIntoViewIfNeeded()
  await c.click()
}

/** Types values into consecutive cells from (row, column), Tab after each; '' skips a cell. */
export async function typeCells(page: Page, gridId: string, row: number, column: string, values: readonly string[]): Promise<void> {
  await selectCell(page, gridId, row, column)
  for (const v of values) {
    if (v !== '') await page.keyboard.type(v)
    await page.keyboard.press('Tab')
  }
}

/** Pastes text into the focused element the way Chromium delivers Ctrl+V. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    const target = document.activeElement ?? document.body
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

export async function cellText(page: Page, gridId: string, row: number, column: string): Promise<string> {
  return (await cell(page, gridId, row, column).textContent()) ?? ''
}

export async function findingCounts(page: Page): Promise<{ errors: number; warnings: number }> {
  const summary = page.getByTestId('findings-summary')
  return { errors: Number(await summary.getAttribute('data-errors')), warnings: Number(await summary.getAttribute('data-warnings')) }
}

/** Waits until the live checks settle on the expected counts. */
export async function expectFindings(page: Page, expected: { errors: number; warnings: number }, timeout = 10_000): Promise<void> {
  const start = Date.now()
  let last = await findingCounts(page)
  while (Date.now() - start < timeout) {
    last = await findingCounts(page)
    if (last.errors === expected.errors && last.warnings === expected.warnings) return
    await page.waitForTimeout(100)
  }
  const listed = await page.locator('.finding-message').allTextContents()
  expect({ counts: last, findings: listed.slice(0, 20) }).toEqual({ counts: expected, findings: listed.slice(0, 20) })
}

/** Fills a form field identified by its document path (the id the app gives it). */
export async function fill(page: Page, path: string, value: string): Promise<void> {
  const input = page.locator(`#field-${path}`)
  await input.scrollIntoViewIfNeeded()
  await input.fill(value)
}

export async function goToStep(page: Page, step: string): Promise<void> {
  await page.getByTestId(`nav-${step}`).click()
  await page.getByTestId(`step-${step}`).waitFor()
}

/** Chooses an option of an antd Select by its visible text. */
export async function choose(page: Page, select: Locator, option: string): Promise<void> {
  const dropdown = page.locator('.ant-select-dropdown:visible')
  await select.click()
  // On a loaded machine a re-render can close the list before the click lands: open it again and retry.
  for (let attempt = 1; ; attempt++) {
    try {
      await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click({ timeout: 10_000 })
      break
    } catch (e) {
      if (attempt === 3) throw e
      if ((await dropdown.count()) === 0) await select.click()
    }
  }
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined)
  await page.waitForTimeout(300)
}

/** Waits for a save to finish: the title shows the file and the unsaved mark is gone (an error dialog's text shows in the failure). */
export async function expectSaved(page: Page, name: string): Promise<void> {
  const state = async () => {
    const title = (await page.getByTestId('doc-name').textContent()) ?? ''
    const dirty = await page.getByTestId('dirty-flag').count()
    const errors = await page.locator('.ant-modal-confirm-content').allTextContents()
    return `${title}${dirty ? '（未保存）' : ''}${errors.length ? ` 错误：${errors.join('；')}` : ''}`
  }
  await expect.poll(state, { timeout: 30_000 }).toMatch(new RegExp(`^${name}[^（]*$`))
}
