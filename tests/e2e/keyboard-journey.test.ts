// Journey by keyboard only, at 1366×768: from an empty document to the downloaded export, without
// a single mouse event. On the way: every grid is left with Tab (last cell), Esc then Tab, or
// Shift+Tab (first cell); Ctrl+PageDown/PageUp move between steps; the new-document dialog starts in
// the name field; 事业 + Enter does not become 参公单位; the toolbar, the step badges and the 体检
// give the same counts; no rule code or half sentence is on screen; nothing under the cursor moves
// when a finding appears; the 项目 column stays pinned; amounts show 千分位; downloads arrive.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cellText, findingCounts, paste } from './actions'
import { launchApp, ROOT, type AppSession } from './harness'
import { countMouseEvents, focused, focusVisible, mouseEvents, tabTo } from './keyboard'
import type { Page } from 'playwright-core'

const DOCS = join(ROOT, 'docs', 'screenshots')
let app: AppSession
let page: Page

beforeAll(async () => {
  app = await launchApp({ prefix: 'keyboard-journey' })
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await countMouseEvents(page)
  await page.reload()
  mkdirSync(DOCS, { recursive: true })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

async function shot(name: string): Promise<void> {
  await page.waitForTimeout(150)
  await page.screenshot({ path: join(DOCS, `keyboard-${name}.png`) })
}

const editor = (grid: string) => `[data-testid="grid-${grid}"] [data-testid="grid-editor"]`
const inGrid = async (grid: string) => (await focused(page)).endsWith(`@grid-${grid}`)

/** The review step's badge (errors while there are any, else reminders) and the toolbar's count of the same, read in one go. */
async function badgeAndToolbar(): Promise<[number, number]> {
  return page.evaluate(() => {
    const nav = document.querySelector('[data-testid="nav-review"]')
    const summary = document.querySelector('[data-testid="findings-summary"]')
    const badge = Number(nav?.querySelector('.step-state')?.textContent?.trim() || 0)
    const status = nav?.getAttribute('data-status')
    const toolbar = Number(summary?.getAttribute(status === 'warning' ? 'data-warnings' : 'data-errors'))
    return [badge, toolbar]
  })
}

/** The counts agree once the live checks settle. */
async function countsAgree(): Promise<void> {
  await expect.poll(async () => {
    const [badge, toolbar] = await badgeAndToolbar()
    return badge === toolbar
  }).toBe(true)
}

/** Every text on screen that looks like a rule code (Y01, K02, R32b, S6) or an empty-slot sentence. */
async function codesOnScreen(): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent ?? ''
      if (/\b[A-Z]{1,2}\d{1,2}[a-z]?\b/.test(t) && !/\b(Ctrl|PageDown|PageUp|F2|Excel|PDF|WPS)\b/.test(t)) out.push(t.trim())
      if (/本步骤有，/.test(t)) out.push(t.trim())
    }
    return out
  })
}

const BASIC_BLOCK = [
  '单位\t功能科目\t经济科目\t资金来源\t当年/结转\t金额（元）',
  '示例市数据局\t2010301 行政运行\t30101 基本工资\t一般公共预算\t当年预算\t1,234,500.00',
  '示例市数据局\t2010301\t30201 办公费\t一般公共预算\t当年\t86,000',
  '示例市数据中心\t2010350 事业运行\t30101\t一般\t当年预算\t５６７，８００',
  '',
].join('\r\n')

describe('keyboard only, at 1366×768', () => {
  it('goes from an empty document to a downloaded export without the mouse', async () => {
    await page.getByTestId('welcome').waitFor()
    await shot('01-welcome')

    // 新建: the dialog starts in the name field.
    await tabTo(page, '[data-testid="welcome-new"]')
    expect(await focusVisible(page)).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByTestId('new-name').waitFor()
    await expect.poll(() => focused(page)).toBe('input#new-name'.replace('#new-name', '#new-name'))
    await page.keyboard.type('示例市数据局')
    await shot('02-new-dialog')
    await page.keyboard.press('Enter')
    await page.getByTestId('step-organization').waitFor()

    // One count everywhere, from the first state on.
    await expect.poll(async () => (await findingCounts(page)).errors).toBeGreaterThan(0)
    await countsAgree()
    expect(await codesOnScreen()).toEqual([])

    // 1 部门与单位
    await tabTo(page, '#field-department-code')
    await page.keyboard.type('101')
    await tabTo(page, '#field-department-regionName')
    await page.keyboard.type('示例市')
    await tabTo(page, editor('units'))
    expect(await focusVisible(page)).toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.type('示例市数据中心')
    await page.keyboard.press('Tab')
    // 事业 + Enter: never 参公单位.
    await page.keyboard.type('事业')
    await page.keyboard.press('Enter')
    expect(await cellText(page, 'units', 1, 'type')).not.toBe('参公单位')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.type('公益一类')
    await page.keyboard.press('Tab')
    expect(await cellText(page, 'units', 1, 'type')).toBe('公益一类事业单位')
    // Esc, then Tab: out of the grid, on to the next control.
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('grid-status-units').textContent()).toContain('离开表格')
    await page.keyboard.press('Tab')
    expect(await inGrid('units')).toBe(false)
    await shot('03-organization')
    // Shift+Tab comes back; at the first cell Shift+Tab leaves backwards.
    await tabTo(page, editor('units'), { back: true })
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('Shift+Tab')
    expect(await inGrid('units')).toBe(false)
    // Tab on the last cell leaves forwards.
    await tabTo(page, editor('units'))
    await page.keyboard.press('Control+End')
    await page.keyboard.press('End')
    await page.keyboard.press('Tab')
    expect(await inGrid('units')).toBe(false)

    // Ctrl+PageDown: 收入, then 基本支出; Ctrl+PageUp goes back.
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-income').waitFor()
    await page.keyboard.press('Control+PageUp')
    await page.getByTestId('step-organization').waitFor()
    await page.keyboard.press('Control+PageDown')
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-basic').waitFor()

    // 3 基本支出: paste a block (Ctrl+V), amounts with 千分位.
    await tabTo(page, editor('basic-lines'))
    const rowsBeforePaste = await page.locator('[data-testid="grid-basic-lines"] .grid-scroll').boundingBox()
    await paste(page, BASIC_BLOCK)
    await page.getByTestId('paste-report').waitFor()
    // The paste report lies over the grid: the rows under the cursor stay where they were.
    const rowsAfterPaste = await page.locator('[data-testid="grid-basic-lines"] .grid-scroll').boundingBox()
    expect(rowsAfterPaste?.y).toBe(rowsBeforePaste?.y)
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('1,234,500.00')
    expect(await cellText(page, 'basic-lines', 2, 'amount')).toBe('567,800.00')
    // A half-typed row: the finding appears, the grid under the cursor does not move.
    const before = await page.getByTestId('grid-basic-lines').boundingBox()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Home')
    await page.keyboard.type('示例市数据中心')
    await page.keyboard.press('Tab')
    await page.waitForTimeout(600)
    const after = await page.getByTestId('grid-basic-lines').boundingBox()
    expect(after?.y).toBe(before?.y)
    await shot('04-basic-half-row')
    // The step's findings: one line, the list opens over the content, by keyboard.
    await page.keyboard.press('Escape')
    await tabTo(page, '[data-testid="step-findings-toggle"]', { back: true })
    await page.keyboard.press('Enter')
    await page.getByTestId('step-finding-list').waitFor()
    await shot('05-basic-findings-open')
    await page.keyboard.press('Escape')
    await expect.poll(() => focused(page)).toBe('button#step-findings-toggle')
    // Back into the grid; Ctrl+Z takes the half row back.
    await tabTo(page, editor('basic-lines'))
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.locator('[data-testid="grid-basic-lines"] .grid-row:not(.phantom)').count()).toBe(3)
    expect(await codesOnScreen()).toEqual([])
    await countsAgree()


    // 4 项目支出: a project typed, its lines pasted in 万元; the 项目 column stays pinned.
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-projects').waitFor()
    await tabTo(page, editor('projects'))
    await page.keyboard.type('政务数据平台运维项目')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.type('其他运转类')
    await page.keyboard.press('Tab')
    expect(await cellText(page, 'projects', 0, 'category')).toBe('其他运转类')
    await tabTo(page, editor('project-lines'))
    await paste(page, '项目\t功能科目\t经济科目\t资金来源\t当年/结转\t金额（万元）\n政务数据平台运维项目\t2010399\t30227 委托业务费\t一般公共预算\t当年预算\t45.67\n')
    await page.getByTestId('paste-report').waitFor()
    expect(await cellText(page, 'project-lines', 0, 'amount')).toBe('456,700.00')
    await page.keyboard.press('End')
    const scroller = page.locator('[data-testid="grid-project-lines"] .grid-scroll')
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
    const projectCell = await page.locator('[data-testid="grid-project-lines"] .grid-row[data-row="0"] .grid-cell[data-col="projectId"]').boundingBox()
    const box = await scroller.boundingBox()
    expect(projectCell && box && projectCell.x >= box.x && projectCell.x < box.x + 120).toBe(true)
    await shot('06-projects-pinned')
    await page.keyboard.press('Home')

    // 5 “三公”经费: last year's figures, field by field with Tab.
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-three-public').waitFor()
    for (const item of ['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation']) {
      await tabTo(page, `#field-comparisons-threePublic-${item}-prior`)
      await page.keyboard.type('0')
    }
    await tabTo(page, '#field-comparisons-officeOperation-prior')
    await page.keyboard.type('86,000')
    await shot('07-three-public')

    // 6 政府采购与国有资产
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-procurement-assets').waitFor()
    await tabTo(page, '#field-assets-asOf')
    // A native date field takes its parts in the order of the system locale, which the page cannot
    // read: try the usual orders, clearing the three parts (Backspace, ←) between tries.
    const parts: Record<string, string> = { y: '2025', m: '12', d: '31' }
    for (const order of ['ymd', 'mdy', 'dmy']) {
      for (const p of order) await page.keyboard.type(parts[p] as string)
      if ((await page.locator('#field-assets-asOf').inputValue()) === '2025-12-31') break
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace').then(() => page.keyboard.press('ArrowLeft'))
    }
    expect(await page.locator('#field-assets-asOf').inputValue()).toBe('2025-12-31')
    await tabTo(page, '#field-assets-officeArea')
    await page.keyboard.type('1200')
    await shot('08-procurement-assets')

    // 7 绩效目标: new empty forms are 待填写, not a burst of errors.
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-performance').waitFor()
    const errorsBefore = (await findingCounts(page)).errors
    await tabTo(page, '[data-testid="create-forms"]')
    await page.keyboard.press('Enter')
    await page.waitForTimeout(800)
    expect((await findingCounts(page)).errors).toBeLessThanOrEqual(errorsBefore)
    await tabTo(page, '.form-project-pick')
    await page.keyboard.press('Enter')
    await page.getByTestId('project-form-editor').waitFor()
    await tabTo(page, '#field-performance-projectForms-0-annualGoal')
    await page.keyboard.type('保障政务数据平台全年稳定运行')
    for (const half of ['implementation-indicators', 'annual-indicators']) {
      await tabTo(page, editor(half))
      const rows = [
        ['平台运维天数', '≥365天'],
        ['保障政务数据共享', '有效保障'],
        ['使用单位满意度', '≥95%'],
      ]
      for (const [i, [name, value]] of rows.entries()) {
        await page.keyboard.press('Control+Home')
        for (let r = 0; r < i; r++) await page.keyboard.press('ArrowDown')
        await page.keyboard.press('ArrowRight')
        await page.keyboard.press('ArrowRight')
        await page.keyboard.type(name as string)
        await page.keyboard.press('Tab')
        await page.keyboard.type(value as string)
        await page.keyboard.press('Tab')
      }
    }
    await shot('09-performance')

    // 8 概况与其他说明
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-overview').waitFor()
    await tabTo(page, '#field-overview-duties')
    await page.keyboard.type('负责全市政务数据资源管理。')
    for (const f of ['incomeTotal', 'expenditureTotal', 'generalBudgetCurrent']) {
      await tabTo(page, `#field-comparisons-${f}-prior`)
      await page.keyboard.type('2,300,000')
    }
    for (const f of ['incomeTotal', 'expenditureTotal']) {
      await tabTo(page, `#field-comparisons-${f}-reason`)
      await page.keyboard.type('新增政务数据平台运维项目')
    }
    await shot('10-overview')

    // 9 检查与导出: the 体检, the toolbar and the step list agree; export; download.
    await page.keyboard.press('Control+PageDown')
    await page.getByTestId('step-review').waitFor()
    // No errors left; the reminders the 体检 lists are the ones the toolbar counts.
    await expect.poll(async () => (await findingCounts(page)).errors, { timeout: 10_000 }).toBe(0)
    await page.getByTestId('inspection-verdict').waitFor()
    expect(await page.getByTestId('inspection-verdict').getAttribute('data-allowed')).toBe('true')
    const { warnings } = await findingCounts(page)
    expect(await page.getByTestId('inspection-verdict').textContent()).toContain(warnings > 0 ? `另有 ${warnings} 个提醒` : '')
    expect(await page.locator('[data-testid="all-findings"] .finding-warning').count()).toBe(warnings)
    await countsAgree()
    expect(await codesOnScreen()).toEqual([])
    await shot('11-review')
    await tabTo(page, '[data-testid="export-both"]')
    await page.keyboard.press('Enter')
    await page.getByTestId('export-done').waitFor({ timeout: 120_000 })
    await shot('12-exported')
    const links = page.locator('[data-testid="download-list"] .download-link')
    const names = await links.allTextContents()
    expect(names.some((n) => n.endsWith('.公开表.xlsx'))).toBe(true)
    expect(names.some((n) => n.endsWith('.pdf'))).toBe(true)
    expect(names.join(' ')).not.toMatch(/tables/)
    await tabTo(page, `[data-testid="download-${names.find((n) => n.endsWith('.pdf'))}"]`)
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
    await tabTo(page, '[data-testid="download-all"]')
    const [zip] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(zip.suggestedFilename()).toMatch(/\.zip$/)
    const zipPath = await zip.path()
    const { unzipSync } = await import('fflate')
    const { readFileSync } = await import('node:fs')
    const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(zipPath))))
    expect(entries.sort()).toEqual([...names].sort())

    expect(await mouseEvents(page)).toBe(0)
  }, 300_000)
})
