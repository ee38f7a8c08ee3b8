// The 从上年公开文件新建 handlers over a real workspace (web mode): the published files are listed,
// one is read into the next year's draft with its report, and a foreign file is refused in Chinese.
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SEED_FILES } from '../../../../tests/seeds/seed-files'
import { testServices, value, type TestServices } from '../services.test-helpers'

let s: TestServices | undefined
afterEach(async () => {
  await s?.cleanup()
  s = undefined
})

describe('document:fromPublished (web mode)', () => {
  it('lists the published files of the workspace and drafts the next year from one', async () => {
    s = await testServices('web')
    await copyFile(SEED_FILES['004'].path, join(s.workspace, '2026年公开.txt'))
    await writeFile(join(s.workspace, '其他.xlsx'), 'x')
    expect(value(await s.call('document:listPublished', {})).files.map((f) => f.name)).toEqual(['2026年公开.txt'])
    const r = value(await s.call('document:fromPublished', { name: '2026年公开.txt' }))
    expect(r.source).toBe('2026年公开.txt')
    expect(r.document.data.department.budgetYear).toBe(2027)
    expect(r.document.data.comparisons.officeOperation.prior).toBe('1448100.00')
    expect(r.report.sections.map((x) => x.block)).toEqual(['organization', 'overview', 'comparisons', 'projects'])
    expect(r.report.sections[2]?.items.find((i) => i.label === '机关运行经费')).toEqual({ label: '机关运行经费', value: '144.81万元', where: '第398行 表11“部门合计”行' })
  })

  it('refuses a file that is not a disclosure, and a name outside the accepted kinds', async () => {
    s = await testServices('web')
    await writeFile(join(s.workspace, '通知.txt'), '关于开展安全生产检查的通知\n各有关单位：现将有关事项通知如下。\n'.repeat(5))
    const r = await s.call('document:fromPublished', { name: '通知.txt' })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/^“通知.txt”：未能识别为部门预算公开文件/)
    const wrong = await s.call('document:fromPublished', { name: '表.xlsx' })
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) expect(wrong.error.message).toBe('只能选择 .pdf、.docx 或 .txt 格式的上年公开文件')
  })
})
