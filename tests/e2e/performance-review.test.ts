// Journey: sample 004 (大同, four units, five projects without a 绩效目标表) from the 发布前体检 to an
// exported PDF with an attachment. The 体检 shows the five dimensions and blocks the export (P01);
// the officer ticks the checklist and prints the 自查表, picks a library indicator, copies forms from
// other projects, picks suggested reasons, attaches a PDF, and the exported PDF grows by its pages.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cellText, expectSaved, goToStep, selectCell } from './actions'
import { launchApp, ROOT, type AppSession } from './harness'

let app: AppSession
const ATTACHMENT_PAGES = 2

beforeAll(async () => {
  app = await launchApp({ prefix: 'performance-review' })
  // A small PDF in the workspace to attach, and last year's document to copy forms from.
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= ATTACHMENT_PAGES; i++) pdf.addPage([595, 842]).drawText(`Attachment page ${i}`, { x: 72, y: 760, size: 18, font })
  writeFileSync(join(app.workspace, 'purchase-catalog.pdf'), await pdf.save())
  copyFileSync(join(ROOT, 'samples', '004-datong-approval-2026.json'), join(app.workspace, '上年文档.json'))
}, 300_000)

afterAll(async () => {
  await app?.close()
})

async function exportedPdfPages(): Promise<number> {
  const folder = join(app.workspace, '导出')
  const [doc] = readdirSync(folder)
  const file = readdirSync(join(folder, doc as string)).find((f) => f.endsWith('.pdf'))
  return (await PDFDocument.load(readFileSync(join(folder, doc as string, file as string)))).getPageCount()
}

async function exportPdf(page: Page): Promise<void> {
  await goToStep(page, 'review')
  const button = page.getByTestId('export-pdf')
  await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true)
  await button.click()
  await page.getByTestId('export-done').waitFor({ timeout: 120_000 })
}

/** Selects a project in the 绩效目标 list by name. */
async function selectProject(page: Page, name: string): Promise<void> {
  const row = page.getByTestId('form-projects').locator('tr', { hasText: name }).first()
  await row.scrollIntoViewIfNeeded()
  await row.click()
}

/** Picks the first option of the open antd Select (after typing a filter). */
async function pickOption(page: Page, text?: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', text ? { hasText: text } : {}).first()
  await option.click()
}

describe('绩效目标, reasons, attachments and the 体检 (sample 004)', () => {
  it('inspects, ticks, prints, fills forms from the library and other projects, attaches a PDF and exports it', async () => {
    const page = app.page
    await page.getByTestId('welcome-sample').click()
    await page.getByTestId('sample-004').click()
    await page.getByTestId('step-organization').waitFor()

    // 体检: five dimensions with their counts; P01 (projects without forms) blocks the export.
    await goToStep(page, 'review')
    await page.getByTestId('inspection').waitFor({ timeout: 20_000 })
    const dimensions = ['timeliness', 'completeness', 'detail', 'channel', 'truthfulness']
    for (const d of dimensions) {
      const label = page.getByTestId(`dimension-${d}`)
      expect(Number(await label.getAttribute('data-total'))).toBeGreaterThan(0)
      expect(Number(await label.getAttribute('data-passed'))).toBeLessThanOrEqual(Number(await label.getAttribute('data-total')))
    }
    expect(await page.locator('.inspection-dimension-label strong').allTextContents()).toEqual(['及时性', '完整性', '细化程度', '公开方式', '真实性'])
    const verdict = page.getByTestId('inspection-verdict')
    expect(await verdict.getAttribute('data-allowed')).toBe('false')
    expect(await verdict.textContent()).toContain('缺少项目支出绩效目标表')
    expect(await page.getByTestId('rule-P01').getAttribute('data-passed')).toBe('false')
    expect(await page.getByTestId('export-pdf').isDisabled()).toBe(true)
    // The gate lists the messages; the rule id is a detail in the tooltip, not text on screen.
    expect(await page.getByTestId('export-gate').textContent()).toContain('缺少项目支出绩效目标表')
    expect(await page.getByTestId('export-gate').textContent()).not.toContain('[P01]')
    expect(await page.getByTestId('export-gate').locator('li[title="规则编号 P01"]').count()).toBeGreaterThan(0)
    // While the 体检 blocks the final export, the marked 核对稿 can still be exported for review.
    const draft = page.getByTestId('export-draft')
    expect(await draft.isDisabled()).toBe(false)
    expect(await draft.textContent()).toContain('导出核对稿')
    await app.shot('01-inspection-blocked')

    // The checklist: ticks are kept in the document (undo removes them).
    await page.getByTestId('check-channel-portal').click()
    await page.getByTestId('check-truth-secrecy').click()
    expect(await page.getByTestId('checklist-count').textContent()).toBe('已确认 2/10')
    await page.getByTestId('checklist').scrollIntoViewIfNeeded()
    await app.shot('02-checklist')

    // The printable 自查表.
    await page.evaluate(() => {
      const w = window as unknown as { printed: number; print: () => void }
      w.printed = 0
      w.print = () => void (w.printed += 1)
    })
    await page.getByTestId('self-check-open').click()
    const sheet = page.getByTestId('self-check-print')
    await sheet.waitFor()
    expect(await page.getByTestId('self-check-table').locator('tbody tr').count()).toBeGreaterThan(15)
    expect(await sheet.textContent()).toContain('已在本部门门户网站（或政府门户网站）的预决算公开栏目公开')
    expect(await page.getByTestId('self-check-conclusion').textContent()).toContain('体检未通过')
    await app.shot('03-self-check-screen')
    await page.emulateMedia({ media: 'print' })
    await app.shot('04-self-check-print-media')
    await page.emulateMedia({ media: 'screen' })
    await page.getByTestId('self-check-print-button').click()
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await page.getByTestId('self-check-close').click()
    await sheet.waitFor({ state: 'detached' })
  }, 240_000)

  it('picks a library indicator, adds one to my library, copies forms and fixes the blocking findings', async () => {
    const page = app.page
    await goToStep(page, 'performance')
    await selectProject(page, 'Z专家评审费')
    await page.getByTestId('project-form-editor').waitFor()
    expect(await page.getByTestId('form-amount-total').textContent()).toMatch(/\d/)

    // A 三级指标 typed in a new row of the 年度 indicators: the library suggests, the pick fills the value.
    const rows = await page.getByTestId('grid-annual-indicators').locator('.grid-row:not(.phantom)').count()
    await selectCell(page, 'annual-indicators', rows, 'name')
    await page.keyboard.type('人员')
    const picker = page.getByTestId('code-picker')
    await picker.waitFor()
    await app.shot('05-library-suggestions')
    await picker.getByRole('option', { name: /^人员数量/ }).first().click()
    expect(await cellText(page, 'annual-indicators', rows, 'name')).toBe('人员数量')
    expect(await cellText(page, 'annual-indicators', rows, 'value')).toBe('13人')

    // An indicator of the office's own goes into 我的指标库 and is suggested first afterwards.
    await selectCell(page, 'annual-indicators', rows, 'name')
    await page.keyboard.type('专家评审会议次数')
    await page.keyboard.press('Tab')
    await page.keyboard.type('≥4次')
    await page.keyboard.press('Enter')
    // The button adds every indicator of the table the library does not know yet (the sample's own too).
    const add = page.getByTestId('add-to-library-annual')
    const fresh = Number(/（(\d+)）/.exec((await add.textContent()) ?? '')?.[1])
    expect(fresh).toBeGreaterThan(0)
    await add.click()
    expect(await add.isDisabled()).toBe(true)
    await page.getByTestId('my-library').getByText(`我的指标库（${fresh}）`).click()
    expect(await page.getByTestId('my-library-name').allTextContents()).toContain('专家评审会议次数')
    // Now the office's own indicator is offered first when typing.
    await selectCell(page, 'annual-indicators', rows + 1, 'name')
    await page.keyboard.type('评审会议')
    await expect.poll(() => picker.getByRole('option').first().textContent()).toBe('〔我的〕专家评审会议次数\u3000≥4次')
    await page.keyboard.press('Escape')

    // 从上年文档复制: the report of what would be copied (cancelled here).
    await page.getByTestId('copy-from-prior').click()
    await page.getByTestId('prior-上年文档.json').click()
    const report = page.getByTestId('prior-report')
    await report.waitFor()
    expect(await report.textContent()).toContain('个项目在上年文档中没有对应的表')
    await app.shot('06-prior-report')
    await page.locator('.ant-modal:visible').getByRole('button', { name: '取 消' }).or(page.locator('.ant-modal:visible').getByRole('button', { name: '取消' })).first().click()

    // The three indicators without a value (F03), fixed before the source form is copied.
    for (const [name, grid, row] of [
      ['Z专家评审费', 'implementation-indicators', 4],
      ['J政府采购事务经费', 'implementation-indicators', 4],
      ['J政府采购事务经费', 'annual-indicators', 4],
    ] as const) {
      await selectProject(page, name)
      await page.getByTestId('project-form-editor').waitFor()
      await selectCell(page, grid, row, 'value')
      await page.keyboard.type('100%')
      await page.keyboard.press('Enter')
    }

    // 从其他项目复制 for the five projects without a form (P01).
    for (const name of ['Z营商环境业务经费', 'XM大同市营商环境发展促进中心全员供养经费', 'J营商环境经常性项目', 'J残疾人保障金', 'Z帮代办工作经费']) {
      await selectProject(page, name)
      await page.getByTestId('copy-form-source').click()
      await page.keyboard.type('Z专家评审费')
      await pickOption(page, 'Z专家评审费')
      await page.getByTestId('copy-form-from-project').click()
      await page.getByTestId('project-form-editor').waitFor()
      expect(await page.getByTestId('form-projects').locator('tr', { hasText: name }).first().textContent()).toContain('已建立')
    }
    await app.shot('07-form-copied')
  }, 240_000)

  it('picks suggested reasons for 七, 八 and 一', async () => {
    const page = app.page
    await goToStep(page, 'three-public')
    await page.getByTestId('reason-suggest-officeOperation').click()
    const item = page.locator('.ant-dropdown:visible .ant-dropdown-menu-item').first()
    const suggestion = (await item.textContent()) ?? ''
    expect(suggestion.length).toBeGreaterThan(4)
    await app.shot('08-reason-suggestions')
    await item.click()
    expect(await page.locator('#field-comparisons-officeOperation-reason').inputValue()).toBe(suggestion)

    await goToStep(page, 'overview')
    await page.locator('#field-comparisons-generalBudgetCurrent-reason').fill('')
    await page.getByTestId('reason-suggest-generalBudgetCurrent').click()
    const first = page.locator('.ant-dropdown:visible .ant-dropdown-menu-item').first()
    const text = (await first.textContent()) ?? ''
    await first.click()
    expect(await page.locator('#field-comparisons-generalBudgetCurrent-reason').inputValue()).toBe(text)
  }, 120_000)

  it('exports, attaches a PDF and exports again: the attachment’s pages are in the PDF', async () => {
    const page = app.page
    await goToStep(page, 'review')
    const verdict = page.getByTestId('inspection-verdict')
    // The failure message lists what still blocks.
    await expect.poll(async () => ((await verdict.getAttribute('data-allowed')) === 'true' ? 'allowed' : await verdict.textContent()), { timeout: 15_000 }).toBe('allowed')
    await exportPdf(page)
    expect(await page.getByTestId('export-audit').textContent()).toMatch(/^导出文件已复核：\d+ 个数字一致$/)
    const before = await exportedPdfPages()

    await goToStep(page, 'overview')
    await page.getByTestId('attachment-add').click()
    await page.getByTestId('pick-pdf-purchase-catalog.pdf').click()
    const title = page.getByTestId('attachment-title-0')
    await title.waitFor()
    await title.fill('政府购买服务指导性目录')
    await page.getByTestId('attachment-list').scrollIntoViewIfNeeded()
    await app.shot('09-attachment')

    await exportPdf(page)
    expect(await exportedPdfPages()).toBe(before + ATTACHMENT_PAGES)
    await page.getByTestId('export-done').scrollIntoViewIfNeeded()
    await app.shot('10-exported-with-attachment')
  }, 300_000)

  it('saves the ticks, the attachment and my indicators in the document, and lists each unit’s 单位预算公开', async () => {
    const page = app.page
    await page.getByTestId('cmd-save-as').click()
    await page.getByTestId('save-as-name').fill('大同体检')
    await page.getByTestId('save-as-ok').click()
    await expectSaved(page, '大同体检')
    const saved = JSON.parse(readFileSync(join(app.workspace, '大同体检.ysgk.json'), 'utf8')) as { data: Record<string, unknown> & { performance: { indicatorLibrary: { name: string }[] } } }
    expect(saved.data['selfCheckTicks']).toEqual({ 'channel-portal': true, 'truth-secrecy': true })
    // The picked PDF was copied into the document's 附件 folder; the path is relative to the document.
    expect(saved.data['attachments']).toEqual([{ id: expect.any(String), title: '政府购买服务指导性目录', path: '附件/purchase-catalog.pdf', placement: 'purchase-service-catalog' }])
    expect(saved.data.performance.indicatorLibrary.map((i) => i.name)).toContain('专家评审会议次数')

    await goToStep(page, 'review')
    await page.getByTestId('inspection-section').scrollIntoViewIfNeeded()
    await app.shot('11-inspection-ready')
    await page.getByTestId('export-units').click()
    const results = page.getByTestId('unit-export-results')
    await results.waitFor({ timeout: 240_000 })
    expect(await results.locator('tbody tr').count()).toBe(4)
    await results.scrollIntoViewIfNeeded()
    await app.shot('12-unit-export')
  }, 300_000)
})
