// Journey: sample 004 is open; the officer fills the 绩效目标表 of the import template in Excel (one
// form's 年度目标 changed), imports the workbook, sees what the sheet brings before anything
// changes, applies it and finds the new text in the project's form.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportLinesToTemplate } from '../../electron/main/import/write-template'
import { catalogFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'
import { goToStep } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'import-performance' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

const WORKBOOK = '绩效目标.xlsx'
const NEW_GOAL = '从绩效目标表导入的年度目标'

describe('绩效目标表 import', () => {
  it('previews the forms the sheet brings and applies them', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()

    const doc = loadSample('004')
    const forms = doc.data.performance.projectForms
    const first = forms[0]
    if (!first) throw new Error('sample 004 without forms')
    const edited = { ...doc, data: { ...doc.data, performance: { ...doc.data.performance, projectForms: forms.map((f, i) => (i === 0 ? { ...f, annualGoal: NEW_GOAL } : f)) } } }
    await exportLinesToTemplate(edited, join(app.workspace, WORKBOOK), catalogFor(2026))

    await page.getByTestId('cmd-import').click()
    await page.getByTestId('cmd-import-workbook').click()
    await page.getByTestId(`import-workbooks-${WORKBOOK}`).click()
    const report = page.getByTestId('import-report')
    // The workbook is parsed in a worker thread (started per file): allow for its start-up.
    await expect.poll(() => report.getAttribute('data-ok'), { timeout: 60_000 }).toBe('true')
    const panels = page.getByTestId('import-panels')
    await panels.getByText(`绩效目标表（${forms.length}）`).click()
    await panels.getByText(`“绩效目标表”导入${forms.length}个项目的绩效目标表，其中${forms.length}个替换文档中原有的表`).waitFor()
    await app.shot('01-preview')
    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' })

    await goToStep(page, 'performance')
    await page.getByTestId(`form-project-${first.projectId}`).click()
    const editor = page.getByTestId('project-form-editor')
    await expect.poll(() => editor.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toContain(NEW_GOAL)
    await app.shot('02-form')
  }, 300_000)
})
