// Journeys: a department's lines in a spreadsheet become a document (shuffled columns, 万元 amounts,
// a column the app cannot guess, a bad row that blocks the import until the file is fixed); last
// year's document becomes this year's draft in one step; a unit's own document is merged into the
// department document after a preview of what changes.
import ExcelJS from 'exceljs'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serializeDocument, type BudgetDocument } from '../../core/document/envelope'
import { cellText, choose, goToStep } from './actions'
import { launchApp, ROOT, type AppSession } from './harness'

let app: AppSession

beforeAll(async () => {
  app = await launchApp({ prefix: 'import' })
}, 300_000)

afterAll(async () => {
  await app?.close()
})

const WORKBOOK = '支出明细.xlsx'
const HEADER = ['预算数', '经济科目', '单位名称', '科目代码', '资金来源', '项目名称']
const GOOD_ROWS = [
  ['123.45', '30101 基本工资', '示例市数据局', '2010301', '一般公共预算', ''],
  ['8.6', '30201 办公费', '示例市数据局', '2010301', '一般公共预算', ''],
  ['45.67', '30227 委托业务费', '示例市数据局', '2010399', '一般公共预算', '政务数据平台运维项目'],
]
/** Row 6 of the sheet: an amount that is not a number. */
const BAD_ROW = ['abc', '30201 办公费', '示例市数据局', '2010301', '一般公共预算', '']

/** As a budget system exports it: a title line above the header, columns in its own order. */
async function writeWorkbook(rows: string[][]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('支出明细')
  ws.addRow(['2026年部门预算支出明细'])
  ws.addRow(HEADER)
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(join(app.workspace, WORKBOOK))
}

/** A money cell of the review step's table preview, in 0.01万元. */
async function previewMoney(page: Page, table: string, rowKey: string, column: number): Promise<number> {
  await page.getByRole('tab', { name: `表${table.slice(1)}`, exact: true }).click()
  const text = (await page.getByTestId(`table-${table}`).locator(`tr[data-row-key="${rowKey}"] td`).nth(column).textContent()) ?? ''
  return text.trim() === '' ? 0 : Math.round(Number(text) * 100)
}

async function discardIfAsked(page: Page): Promise<void> {
  const discard = page.getByTestId('unsaved-discard')
  if (await discard.isVisible({ timeout: 2_000 }).catch(() => false)) await discard.click()
}

async function openImportDialog(page: Page): Promise<void> {
  await page.getByTestId('cmd-import').click()
  await page.getByTestId('cmd-import-workbook').click()
  await page.getByTestId(`import-workbooks-${WORKBOOK}`).click()
  // The workbook is read in a worker thread started for this file: allow for its start-up on a loaded machine.
  await page.getByTestId('mapping-preview').waitFor({ timeout: 90_000 })
}

describe('import screens', () => {
  it('imports a mapped workbook: the bad row blocks it, the fixed file arrives in the grid and 表1', async () => {
    const page = app.page
    await page.getByTestId('welcome-new').click()
    await choose(page, page.getByTestId('new-year'), '2026年')
    await page.getByTestId('new-name').fill('示例市数据局')
    await page.getByTestId('new-ok').click()
    await page.getByTestId('step-organization').waitFor()

    await writeWorkbook([...GOOD_ROWS, BAD_ROW])
    await openImportDialog(page)
    // 科目代码 is not a header the app knows: 功能科目 must be mapped by hand.
    expect(await page.getByTestId('mapping-problems').textContent()).toContain('请指定“功能科目”所在的列')
    await choose(page, page.getByTestId('map-functionCode'), 'D 科目代码')
    await expect.poll(() => page.getByTestId('mapping-problems').count()).toBe(0)
    const firstAmount = () => page.getByTestId('mapping-preview').locator('.import-amount').first().textContent()
    expect(await firstAmount()).toBe('123.45')
    await page.getByTestId('import-unit-wan').click()
    await expect.poll(firstAmount).toBe('1,234,500.00')
    await choose(page, page.getByTestId('map-default-category'), '其他运转类')
    await app.shot('01-mapping')

    await page.getByTestId('import-check').click()
    const report = page.getByTestId('import-report')
    await report.waitFor()
    expect(await report.getAttribute('data-ok')).toBe('false')
    const bad = page.getByTestId('import-problems').locator('tbody tr', { hasText: '不是有效的数字' })
    await expect.poll(() => bad.count()).toBe(1)
    const cells = await bad.locator('td').allTextContents()
    expect(cells.slice(0, 4)).toEqual(['错误', '支出明细', '6', 'A（预算数）'])
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true)
    expect(await page.getByTestId('import-summary').textContent()).toContain('不能导入')
    await app.shot('02-bad-row')

    // The officer deletes the row in Excel, saves, and reads the file again: the mapping is kept.
    await writeWorkbook(GOOD_ROWS)
    await page.getByTestId('import-reload').click()
    // The workbook is parsed in a worker thread (started per file): allow for its start-up.
    await expect.poll(() => report.getAttribute('data-ok'), { timeout: 20_000 }).toBe('true')
    expect(await page.getByTestId('import-summary').textContent()).toContain('共 3 条预算行（基本支出 2 条，项目支出 1 条），合计 1,777,200.00 元（177.72 万元）')
    await page.getByTestId('import-panels').getByText('新增项目（1）').click()
    await page.getByTestId('import-panels').getByText('政务数据平台运维项目（示例市数据局，其他运转类）').waitFor()
    await app.shot('03-checked')
    await page.getByTestId('import-apply').click()
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' })

    await goToStep(page, 'basic')
    expect(await cellText(page, 'basic-lines', 0, 'amount')).toBe('1,234,500.00')
    expect(await cellText(page, 'basic-lines', 1, 'amount')).toBe('86,000.00')
    expect(await cellText(page, 'basic-lines', 0, 'functionCode')).toContain('2010301')
    await app.shot('04-basic-lines')
    await goToStep(page, 'projects')
    expect(await cellText(page, 'project-lines', 0, 'amount')).toBe('456,700.00')
    await goToStep(page, 'review')
    await page.getByTestId('preview-tabs').scrollIntoViewIfNeeded()
    await expect.poll(() => previewMoney(page, 'T1', 'grand-total', 1)).toBe(17772)
    await app.shot('05-table1')

    // One undo step takes the whole import back, and redo brings it again.
    await page.getByTestId('cmd-undo').click()
    await expect.poll(() => previewMoney(page, 'T1', 'grand-total', 1)).toBe(0)
    await page.getByTestId('cmd-redo').click()
    await expect.poll(() => previewMoney(page, 'T1', 'grand-total', 1)).toBe(17772)

    // The mapping was remembered: the same headers come back mapped, in 万元.
    await openImportDialog(page)
    expect(await page.getByTestId('import-dialog').getByText('已套用上次为相同表头保存的列对应').count()).toBe(1)
    expect(await page.getByTestId('map-functionCode').textContent()).toContain('D 科目代码')
    expect(await page.getByTestId('mapping-preview').locator('.import-amount').first().textContent()).toBe('1,234,500.00')
    await page.getByTestId('import-dialog').getByRole('button', { name: '取消' }).click()
  }, 240_000)

  it('rolls sample 000 (2025) into a 2026 draft with every prior-year figure filled', async () => {
    const page = app.page
    copyFileSync(join(ROOT, 'samples', '000-xiaoyi-approval-2025.json'), join(app.workspace, '孝义市行政审批服务管理局2025.json'))
    await page.getByTestId('cmd-new-more').click()
    await page.getByTestId('cmd-rollover').click()
    await page.getByTestId('rollover-files-孝义市行政审批服务管理局2025.json').click()
    await discardIfAsked(page)
    await page.getByTestId('rollover-figures').waitFor()
    expect(await page.getByTestId('rollover-report').textContent()).toContain('已新建2026年文档')
    const figures = await page.getByTestId('rollover-figures').textContent()
    expect(figures).toContain('20,456,100.00 元（2,045.61 万元）')
    expect(figures).toContain('760,600.00 元')
    await app.shot('06-rollover-report')
    await page.getByTestId('rollover-start').click()

    await goToStep(page, 'overview')
    expect(await page.locator('#field-comparisons-incomeTotal-prior').inputValue()).toBe('20456100.00')
    expect(await page.locator('#field-comparisons-expenditureTotal-prior').inputValue()).not.toBe('')
    await app.shot('07-rollover-overview')
    await goToStep(page, 'three-public')
    expect(await page.locator('#field-comparisons-officeOperation-prior').inputValue()).toBe('760600.00')
    expect(await page.getByTestId('doc-name').textContent()).toBe('未命名文档')
  }, 180_000)

  it('merges a unit document of sample 004 with one changed line after a preview', async () => {
    const page = app.page
    const dept = JSON.parse(readFileSync(join(ROOT, 'samples', '004-datong-approval-2026.json'), 'utf8')) as BudgetDocument
    const unit = 'u-service'
    const d = dept.data
    const own = new Set(d.projects.filter((p) => p.unitId === unit).map((p) => p.id))
    const unitDoc: BudgetDocument = {
      ...dept,
      data: {
        ...d,
        units: d.units.filter((u) => u.id === unit).map((u) => ({ ...u, isHeadUnit: false })),
        lines: d.lines.filter((l) => l.unitId === unit).map((l) => (l.id === 'l002' ? { ...l, amount: '560700.00' } : l)),
        projects: d.projects.filter((p) => p.unitId === unit),
        performance: { ...d.performance, projectForms: d.performance.projectForms.filter((f) => own.has(f.projectId)) },
        procurement: [],
      },
    }
    writeFileSync(join(app.workspace, '大同市政务服务中心2026.json'), serializeDocument(unitDoc, '0.1.0', '2026-01-10T00:00:00Z'))

    await page.getByTestId('cmd-sample').click()
    await discardIfAsked(page)
    await page.getByTestId('sample-004').click()
    await discardIfAsked(page)
    await page.getByTestId('step-organization').waitFor()
    await goToStep(page, 'review')
    await page.getByTestId('preview-tabs').scrollIntoViewIfNeeded()
    await expect.poll(() => previewMoney(page, 'T1', 'grand-total', 1)).toBe(322982) // 3229.82万元
    const before = 322982

    await page.getByTestId('cmd-import').click()
    await page.getByTestId('cmd-merge').click()
    await page.getByTestId('merge-files-大同市政务服务中心2026.json').click()
    await page.getByTestId('merge-summary').waitFor()
    const unitLines = d.lines.filter((l) => l.unitId === unit).length
    expect(await page.getByTestId('merge-lines').textContent()).toBe(`新增 0，删除 0，修改 1，不变 ${unitLines - 1}`)
    expect(await page.getByTestId('merge-amount').textContent()).toBe('7,670,394.00 元（767.04 万元） → 7,680,394.00 元（768.04 万元）')
    expect(await page.getByTestId('merge-preview').textContent()).toContain('大同市政务服务中心')
    await app.shot('08-merge-preview')
    await page.getByTestId('merge-apply').click()
    await page.getByTestId('merge-preview').waitFor({ state: 'detached' })
    await expect.poll(() => previewMoney(page, 'T1', 'grand-total', 1)).toBe(before + 100)
    await app.shot('09-merged')
  }, 180_000)
})
