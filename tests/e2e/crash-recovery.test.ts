// Journeys that protect typed work: the recovery journal after a crash (including a cell that does
// not parse yet), the question before unsaved changes are discarded, and save errors (disk full,
// locked file) reported in Chinese with the draft kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { faultyFs } from '../../electron/main/documents/fault-fs.test-helpers'
import { nodeFs } from '../../electron/main/documents/fs-layer'
import { cellText, expectSaved, fill, goToStep, typeCells } from './actions'
import { api, launchApp, type AppSession } from './harness'

let app: AppSession
let failWith: string | undefined

beforeAll(async () => {
  // Saving into the workspace fails on demand; the journal in the app-data folder never does.
  const fs = faultyFs(nodeFs, (op, path) => (failWith && (op === 'writeFile' || op === 'open') && path.includes('budget-e2e-ws-') ? failWith : undefined))
  app = await launchApp({ prefix: 'crash-recovery', overrides: { fs, sleep: async () => undefined } })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

async function newDocument(name: string): Promise<void> {
  const page = app.page
  await page.getByTestId('welcome-new').click()
  await page.getByTestId('new-name').fill(name)
  await page.getByTestId('new-ok').click()
  await page.getByTestId('step-organization').waitFor()
}

describe('typed work survives', () => {
  it('restores the recovery journal after a crash, cells that do not parse included', async () => {
    let page = app.page
    await newDocument('恢复测试局')
    await fill(page, 'department-code', '202')
    await goToStep(page, 'basic')
    await typeCells(page, 'basic-lines', 0, 'unitId', ['恢复测试局', '2010301', '30101', '一般公共预算', '', '当年预算', '654,321.09'])
    await typeCells(page, 'basic-lines', 1, 'unitId', ['恢复测试局', '2010301', '30201', '一般公共预算', '', '当年预算', '12a'])
    await app.shot('01-typed')

    // The journal is written within a few seconds of the last edit.
    await expect.poll(async () => JSON.stringify((await api(app.host, 'recovery:check')).value ?? {}), { timeout: 15_000, interval: 500 }).toContain('12a')

    // Crash: the page goes away without any chance to save or ask.
    await app.context.close()
    page = await app.reopen()
    await page.getByTestId('recovery-restore').waitFor()
    await app.shot('02-recovery-offer')
    await page.getByTestId('recovery-restore').click()
    await page.getByTestId('step-organization').waitFor()
    expect(await page.locator('#field-department-code').inputValue()).toBe('202')
    await page.getByTestId('dirty-flag').waitFor()
    await goToStep(page, 'basic')
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('654,321.09')
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12a')
    expect(await page.getByTestId('grid-basic-lines').locator('.grid-row[data-row="1"] .grid-cell[data-col="amount"]').getAttribute('class')).toContain('mark-error')
    await app.shot('03-restored')
  }, 120_000)

  it('asks before unsaved changes are discarded', async () => {
    const page = app.page
    await page.getByTestId('cmd-new').click()
    await page.getByTestId('unsaved-discard').waitFor()
    await app.shot('04-unsaved-question')
    await page.getByRole('button', { name: '取消' }).click()
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('654,321.09')

    // Leaving the page (closing the browser tab) asks too.
    let asked = ''
    page.once('dialog', (d) => {
      asked = d.type()
      void d.dismiss()
    })
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => asked).toBe('beforeunload')
    expect(page.isClosed()).toBe(false)
  }, 60_000)

  it('reports a full disk and a locked file in Chinese and keeps the draft', async () => {
    const page = app.page
    await goToStep(page, 'basic')
    await typeCells(page, 'basic-lines', 1, 'amount', ['12,000'])
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12,000.00')

    failWith = 'ENOSPC'
    await page.getByTestId('cmd-save-as').click()
    await page.getByTestId('save-as-name').fill('恢复测试局预算')
    await page.getByTestId('save-as-ok').click()
    await page.getByText('磁盘空间不足').waitFor()
    await app.shot('05-disk-full')
    await page.getByRole('button', { name: '知道了' }).or(page.getByRole('button', { name: '确定' })).first().click()

    failWith = 'EBUSY'
    await page.getByTestId('cmd-save-as').click()
    await page.getByTestId('save-as-ok').click()
    await page.getByText('文件被其他程序占用').waitFor()
    await page.getByRole('button', { name: '知道了' }).or(page.getByRole('button', { name: '确定' })).first().click()
    await page.getByTestId('dirty-flag').waitFor()
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12,000.00')

    failWith = undefined
    await page.getByTestId('cmd-save-as').click()
    await page.getByTestId('save-as-ok').click()
    await expectSaved(page, '恢复测试局')
    // A successful save empties the journal: nothing to recover on the next start.
    expect((await api(app.host, 'recovery:check')).value?.['available']).toBe(false)

    // And the saved file opens again from the workspace.
    await page.getByTestId('cmd-open').click()
    await page.locator('.ant-list-item [data-testid^="open-"]', { hasText: '打开' }).first().click()
    await page.getByTestId('step-organization').waitFor()
    expect(await page.getByTestId('doc-name').textContent()).toContain('恢复测试局')
    expect(await page.getByTestId('dirty-flag').count()).toBe(0)
    await goToStep(page, 'basic')
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12,000.00')
  }, 240_000)
})
