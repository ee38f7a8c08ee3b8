// Journey: on the 检查与导出 step the officer picks the GB/T 9704 page numbers; the choice is saved
// in the document, and the 核对稿 PDF exported while the 体检 still finds errors prints — N —.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectSaved, goToStep } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'page-number-style' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('page-number style', () => {
  it('is chosen beside the export buttons, saved in the document and printed in the PDF', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()
    await goToStep(page, 'review')

    const group = page.getByTestId('page-number-style')
    await group.scrollIntoViewIfNeeded()
    expect(await group.locator('input[value="page-of-total"]').isChecked()).toBe(true)
    await page.getByTestId('page-number-gbt9704').click()
    await expect.poll(() => group.locator('input[value="gbt9704"]').isChecked()).toBe(true)
    await app.shot('01-gbt9704')

    await page.getByTestId('cmd-save-as').click()
    await page.getByTestId('save-as-name').fill('页码样式测试')
    await page.getByTestId('save-as-ok').click()
    await expectSaved(page, '页码样式测试')
    const saved = readdirSync(app.workspace).find((f) => f.startsWith('页码样式测试'))
    expect(saved).toBeDefined()
    const data = JSON.parse(readFileSync(join(app.workspace, saved as string), 'utf8')) as { data: { settings: { pageNumberStyle?: string } } }
    expect(data.data.settings.pageNumberStyle).toBe('gbt9704')

    // Sample 004 still has 体检 errors: the 核对稿 is what can be exported.
    const draft = page.getByTestId('export-draft')
    await expect.poll(() => draft.isEnabled(), { timeout: 15_000 }).toBe(true)
    await draft.click()
    await page.getByTestId('export-done').waitFor({ timeout: 180_000 })
    const folder = join(app.workspace, '导出', '页码样式测试')
    const pdf = readdirSync(folder).find((f) => f.endsWith('.pdf'))
    expect(pdf).toBeDefined()
    const text = execFileSync('pdftotext', ['-f', '3', '-l', '3', '-enc', 'UTF-8', join(folder, pdf as string), '-'], { encoding: 'utf8' })
    expect(text.replace(/\s+/g, '')).toContain('—3—')
    expect(text).not.toMatch(/第 \d+ 页/)

    // Back to the default: the setting leaves the document.
    await page.getByTestId('page-number-page-of-total').click()
    await expect.poll(() => group.locator('input[value="page-of-total"]').isChecked()).toBe(true)
  }, 300_000)
})
