// What real published files do to the text, applied to seed 000 one at a time: full-width digits
// and 千分位, a table running over a page with its header repeated and a wrapped cell, a missing
// table, the document's own contradictions, and files that are not a disclosure at all.
import { describe, expect, it } from 'vitest'
import { draftFromPublished, readPublished, type PublishedReading } from '../../core/published'
import { readSeedText } from '../seeds/seed-files'

const base = readSeedText('000')

function read(text: string): PublishedReading {
  const r = readPublished(text)
  if (!r.ok) throw new Error(r.message)
  return r.reading
}
const value = (r: PublishedReading, id: string) => r.figures.find((f) => f.id === id)?.value
const original = read(base)

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.includes(from), `seed text holds "${from}"`).toBe(true)
  return text.replace(from, to)
}

describe('reading tolerates published text', () => {
  it('full-width digits and thousands separators', () => {
    const full = (s: string) => s.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)))
    let text = replaceOnce(base, '收入总计\t2045.61\t支出总计\t2045.61', `收入总计\t${full('2,045.61')}\t支出总计\t2,045.61`)
    text = replaceOnce(text, '部门合计\t76.06', `部门合计\t${full('76.06')}`)
    const r = read(text)
    expect(value(r, 'incomeTotal')).toBe(204561)
    expect(value(r, 'expenditureTotal')).toBe(204561)
    expect(value(r, 'officeOperation')).toBe(7606)
  })

  it('a table split over pages: footer, repeated header and a wrapped project name', () => {
    const split = '\n- 16 -\n\f项目名称\t合计\t2025年财政拨款\t\t\t财政专户管理资金\t单位资金\n\t\t一般公共预算\t政府性基金预算\t国有资本经营预算\t\t\n1\t2\t3\t4\t5\t6\t7\n'
    let text = replaceOnce(base, '吕梁政务云资源服务及专线经费\t182.40', `${split}吕梁政务云资源服务\t182.40`)
    text = replaceOnce(text, '\t182.40\t\t\t\t\n', '\t182.40\t\t\t\t\n及专线经费\n')
    const r = read(text)
    const names = r.projects.projects.map((p) => p.name)
    expect(names).toHaveLength(original.projects.projects.length)
    expect(names).toContain('吕梁政务云资源服务及专线经费')
    expect(names).not.toContain('项目名称')
    const moved = r.projects.projects.find((p) => p.name === '吕梁政务云资源服务及专线经费')
    expect(moved?.where.page).toBe(2)
  })

  it('a missing table (表8 absent) is reported; the rest is read as before', () => {
    const start = base.indexOf('2025年政府性基金预算支出表（不含上年结转）\n')
    const end = base.indexOf('部门公开表9')
    const r = read(base.slice(0, start) + base.slice(end))
    expect(r.tablesFound).not.toContain('T8')
    expect(r.missing.some((m) => m.includes('表8'))).toBe(true)
    expect(r.figures.map((f) => [f.id, f.value])).toEqual(original.figures.map((f) => [f.id, f.value]))
  })

  it('a sentence contradicting its table: the table is taken, both numbers reported', () => {
    const r = read(replaceOnce(base, '“三公”经费预算2.40万元', '“三公”经费预算2.50万元'))
    expect(value(r, 'threePublicTotal')).toBe(240)
    const c = r.contradictions.find((x) => x.message.startsWith('“三公”经费合计'))
    expect(c?.message).toContain('2.40')
    expect(c?.message).toContain('2.50')
    expect(c?.where).toHaveLength(2)
  })

  it('a printed 合计 that is not the sum of its items is reported, the items are taken', () => {
    const r = read(replaceOnce(base, '合计\t2.40\t2.40', '合计\t2.60\t2.60'))
    expect(r.contradictions.some((c) => c.message.includes('表10 “三公”经费') && c.message.includes('2.60') && c.message.includes('2.40'))).toBe(true)
    const d = draftFromPublished(r, 2026)
    if (!d.ok) throw new Error(d.message)
    expect(d.document.data.comparisons.threePublic.vehicleOperation.prior).toBe('24000.00')
  })

  it('a table missing altogether: its figures come from the 第三部分 sentences, which are named', () => {
    const start = base.indexOf('2025年财政拨款安排“三公”经费支出预算表\n')
    const end = base.indexOf('## 2025年财政拨款安排机关运行经费预算表')
    const r = read(base.slice(0, start) + base.slice(end))
    const op = r.figures.find((f) => f.id === 'vehicleOperation')
    expect(op?.value).toBe(240)
    expect(op?.where.table).toBeUndefined()
    expect(op?.where.text).toContain('第三部分')
    expect(r.missing.some((m) => m.includes('表10'))).toBe(true)
  })

  it('a figure printed nowhere is reported as not read and left empty in the draft', () => {
    const start = base.indexOf('## 2025年财政拨款安排机关运行经费预算表')
    const end = base.indexOf('## 2025年项目支出预算表（本年预算）')
    let text = base.slice(0, start) + base.slice(end)
    text = replaceOnce(text, '机关运行经费财政拨款预算76.06万元', '机关运行经费财政拨款预算有所增加')
    const r = read(text)
    expect(r.missing.some((m) => m.includes('机关运行经费'))).toBe(true)
    const d = draftFromPublished(r, 2026)
    if (!d.ok) throw new Error(d.message)
    expect(d.document.data.comparisons.officeOperation.prior).toBeUndefined()
  })
})

describe('refusals', () => {
  it('an empty or image-only file', () => {
    const r = readPublished('  \n\f \n')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('没有可读取的文字')
  })

  it('a document that is not a 部门预算公开', () => {
    const r = readPublished('关于开展2025年度安全生产检查的通知\n各有关单位：为切实做好安全生产工作，现将有关事项通知如下。\n'.repeat(5))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/^未能识别为部门预算公开文件/)
  })
})
