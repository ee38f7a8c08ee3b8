// Shared computers: the web host's token leaves the address bar (and the history) once the page has
// it, and the tab keeps working — a reload included — from sessionStorage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'web-token' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

describe('web token', () => {
  it('is removed from the address bar after load and the app still answers after a reload', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').waitFor()
    expect(page.url()).not.toContain('token')
    expect(page.url()).toBe(`${app.host.origin}/`)
    await page.reload()
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()
    expect(page.url()).not.toContain(app.host.token)
  })
})
