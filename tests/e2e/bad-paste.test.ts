// Journey: a bad paste. A block from a spreadsheet with unreadable cells, a blank line and an extra
// column is pasted; every line lands in the grid (nothing dropped), each bad cell keeps its text and
// is marked, the report names row, column and reason, the findings list them, and a click on a
// finding goes to the cell. Fixing the cells clears the findings; undo brings the paste back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cell, cellText, findingCounts, goToStep, paste, selectCell, typeCells } from './actions'
import { launchApp, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'bad-paste' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

const BLOCK = [
  '粘贴测试局\t2010301\t30101\t一般公共预算\t\t当年预算\t100,000.00',
  '粘贴测试局\t201030\t30201\t一般公共预算\t\t当年预算\t12a',
  '',
  '粘贴测试局\t2010301\t30201\t专户资金x\t\t当年预算\t-5\t\t\t多余的一列',
  '粘贴测试局\t２０１０３０１\t30207\t一般公共预算\t\t当年预算\t１，５００',
].join('\n')

describe('a bad paste', () => {
  it('keeps every cell, marks the bad ones and reports them', async () => {
    const page = app.page
    await page.getByTestId('welcome-new').click()
    await page.getByTestId('new-name').fill('粘贴测试局')
    await page.getByTestId('new-ok').click()
    await goToStep(page, 'basic')
    const before = await findingCounts(page)

    await selectCell(page, 'basic-lines', 0, 'unitId')
    await paste(page, BLOCK)
    const report = page.getByTestId('paste-report')
    await report.waitFor()
    const reportText = (await report.textContent()) ?? ''
    expect(reportText).toContain('已粘贴 4 行')
    expect(reportText).toContain('4 个单元格无法识别，已原样保留并标红')
    expect(reportText).toContain('1 个单元格不在表格的列中，未粘贴')
    expect(reportText).toContain('第2行“功能科目”（粘贴内容第2行第2列）“201030”：编码应为7位数字')
    expect(reportText).toContain('第2行“金额”（粘贴内容第2行第7列）“12a”：不是有效的数字')
    expect(reportText).toContain('第3行“资金来源”（粘贴内容第4行第4列）“专户资金x”')
    expect(reportText).toContain('第3行“金额”（粘贴内容第4行第7列）“-5”：金额不能为负数')
    expect(reportText).toContain('粘贴内容第4行第10列“多余的一列”：超出表格的列数，未粘贴')
    expect(reportText).toContain('粘贴内容第3行是空行，已跳过')

    // Nothing dropped: four rows, the bad text kept and marked.
    expect(await page.getByTestId('grid-basic-lines').locator('.grid-row:not(.phantom)').count()).toBe(4)
    expect(await cellText(page, 'basic-lines', 1, 'functionCode')).toBe('201030')
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12a')
    expect(await cellText(page, 'basic-lines', 2, 'source')).toBe('专户资金x')
    expect(await cellText(page, 'basic-lines', 2, 'amount')).toBe('-5')
    expect(await cellText(page, 'basic-lines', 3, 'amount')).toBe('1,500.00')
    for (const [row, col] of [[1, 'functionCode'], [1, 'amount'], [2, 'source'], [2, 'amount']] as const) {
      await expect.poll(async () => (await cell(page, 'basic-lines', row, col).getAttribute('class')) ?? '').toContain('mark-error')
    }
    // The four bad cells are errors; the document's own "no budget lines yet" (D02) is gone.
    await expect.poll(async () => (await findingCounts(page)).errors).toBe(before.errors + 4 - 1)
    await app.shot('01-bad-paste')

    // The findings name the grid row; a click on the review step goes back to the cell.
    await goToStep(page, 'review')
    await page.getByTestId('all-findings').locator('.finding', { hasText: '基本支出第2行 · 金额' }).click()
    await page.getByTestId('step-basic').waitFor()
    await expect.poll(async () => (await page.getByTestId('grid-status-basic-lines').textContent()) ?? '').toContain('第2行 金额：')
    await app.shot('02-jumped')

    // Typing over the selected cell fixes it.
    await page.keyboard.type('12')
    await page.keyboard.press('Enter')
    await typeCells(page, 'basic-lines', 1, 'functionCode', ['2010301'])
    await typeCells(page, 'basic-lines', 2, 'source', ['一般公共预算'])
    await typeCells(page, 'basic-lines', 2, 'amount', ['5'])
    await expect.poll(async () => (await findingCounts(page)).errors).toBe(before.errors - 1)
    expect(await page.getByTestId('grid-basic-lines').locator('.mark-error').count()).toBe(0)
    await app.shot('03-fixed')

    // Undo, step by step, back to the pasted text.
    for (let i = 0; i < 4; i++) await page.getByTestId('cmd-undo').click()
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12a')
    await page.getByTestId('cmd-redo').click()
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12.00')

    // Row commands: duplicate the selected row below it, then delete the copy.
    const grid = page.getByTestId('grid-basic-lines')
    const rows = () => grid.locator('.grid-row:not(.phantom)').count()
    const count = await rows()
    await selectCell(page, 'basic-lines', 0, 'amount')
    await grid.getByTestId('grid-duplicate-rows').click()
    expect(await rows()).toBe(count + 1)
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('100,000.00')
    await grid.getByTestId('grid-delete-rows').click()
    expect(await rows()).toBe(count)
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('12.00')
  }, 120_000)

  it('stays smooth with 3,000 lines: pasted at once, rendered virtually, checked live', async () => {
    const page = app.page
    const lines = Array.from({ length: 3000 }, (_, i) => `粘贴测试局\t2010301\t${i % 2 ? '30101' : '30201'}\t一般公共预算\t\t当年预算\t${1000 + i}.25`).join('\n')
    await selectCell(page, 'basic-lines', 0, 'unitId')
    await paste(page, lines)
    await expect.poll(async () => (await page.getByTestId('grid-basic-lines').locator('.grid-count').textContent()) ?? '', { timeout: 20_000 }).toBe('共 3000 行')
    // Only the rows in view are in the page.
    expect(await page.getByTestId('grid-basic-lines').locator('.grid-row').count()).toBeLessThan(60)

    // The keyboard goes to the top and back to the last line; edit its amount.
    await page.keyboard.press('Control+ArrowUp')
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('1,000.25')
    await page.keyboard.press('Control+ArrowDown')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Home')
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.type('99999')
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await cellText(page, 'basic-lines', 2999, 'amount')) ?? '').toBe('99,999.00')
    // How fast this repaints is a figure of `npm run bench`; here only that the totals follow the edit.
    await expect.poll(async () => (await page.getByTestId('basic-totals').textContent()) ?? '', { timeout: 30_000 }).toContain(total3000())
    await app.shot('04-3000-lines')
  }, 120_000)
})

/** 1000.25 … 3999.25 with the last replaced by 99999.00, as the totals line prints it. */
function total3000(): string {
  let fen = 0
  for (let i = 0; i < 2999; i++) fen += (1000 + i) * 100 + 25
  fen += 9_999_900
  const yuan = `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`
  return yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
