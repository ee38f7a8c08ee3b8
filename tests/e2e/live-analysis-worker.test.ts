// The live checks run in a Web Worker under the app's strict CSP: the worker loads, a typo in a
// grid cell shows up as a finding and its correction clears it, and the page never falls back to
// analysing on the UI thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectFindings, findingCounts, goToStep, typeCells } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession
const consoleErrors: string[] = []

beforeAll(async () => {
  app = await launchApp({ prefix: 'live-analysis-worker' })
  app.page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('live analysis in a worker', () => {
  it('reports a typo and its correction from the worker', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()
    await page.getByTestId('findings-summary').locator('.ant-badge-status-processing').waitFor({ state: 'detached' })
    const before = await findingCounts(page)

    await goToStep(page, 'basic')
    await typeCells(page, 'basic-lines', 0, 'amount', ['-5'])
    await expectFindings(page, { errors: before.errors + 1, warnings: before.warnings })
    await typeCells(page, 'basic-lines', 0, 'amount', ['5'])
    await expectFindings(page, { errors: before.errors, warnings: before.warnings })

    const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /analysis\.worker/.test(e.name)).length)
    expect(workers).toBeGreaterThan(0)
    expect(consoleErrors.filter((e) => e.includes('analysis worker failed') || e.includes('Content Security Policy'))).toEqual([])
  })
})
