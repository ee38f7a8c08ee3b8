// Every K rule with a passing and a failing fixture (architecture rule 5). The passing fixture is
// the ready 示例局 (no finding at all); each failing one changes the one thing its name says. Rules
// that hold by construction on generated output (K03, K04, K10, K11) fail on tampered tables/text.
import { describe, expect, it } from 'vitest'
import type { Finding } from '../finding'
import { multiUnitDepartment } from '../../../tests/builders/narrative-documents'
import { contextOf, readyDocument, tamperParagraph } from '../../../tests/inspection/inspection-fixtures'
import { INSPECTION_RULES } from './rules'
import type { InspectionContext } from './types'

type Case = { name: string; ctx: () => InspectionContext; expect: RegExp; severity?: Finding['severity'] }

const ruleById = (id: string) => {
  const r = INSPECTION_RULES.find((x) => x.id === id)
  if (!r) throw new Error(id)
  return r
}

const run = (id: string, ctx: InspectionContext) => ruleById(id).check(ctx).filter((f) => f.severity !== 'info')

const FAILING: Record<string, Case> = {
  K01: { name: 'published after the deadline', ctx: () => contextOf(readyDocument((d) => void ((d.department as { publicationDate?: string }).publicationDate = '2026-03-20'))), expect: /公开日期2026年3月20日晚于截止日期2026年3月12日.*8天/, severity: 'error' },
  K02: { name: '本部门职责 empty', ctx: () => contextOf(readyDocument((d) => void (d.overview = { duties: '', organization: '内设两个科室。' }))), expect: /本部门职责.*没有内容/, severity: 'error' },
  K03: {
    name: 'the empty-table statement removed from 十二',
    ctx: () => {
      const c = contextOf(readyDocument())
      tamperParagraph(c, '十二', /^本部门2026年无.*为空表。$/, '无。')
      return c
    },
    expect: /预算公开表7《2026年政府性基金预算收入表（不含上年结转）》为空表，但情况说明没有说明/,
    severity: 'error',
  },
  K04: {
    name: 'a 科目 name that is not the catalog’s',
    ctx: () => {
      const c = contextOf(readyDocument())
      const row = c.derivation.tables.T2.rows.find((r) => r.key === 'c:2010301')
      if (row) row.cells[1] = { kind: 'text', text: '行政事务' }
      return c
    },
    expect: /预算公开表2科目“2010301”的名称为“行政事务”，2026年科目表中为“行政运行”/,
    severity: 'error',
  },
  K05: {
    name: 'two 三公 items changed, no item reasons',
    ctx: () => contextOf(readyDocument((d) => void (d.comparisons = { ...d.comparisons, threePublicTotalReason: '压减开支', threePublic: { abroad: { prior: '0.00' }, reception: { prior: '10000.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '30000.00' } } }))),
    expect: /公务接待费本年 0\.00 万元比上年 1\.00 万元减少 1\.00 万元，“三公”经费有多个分项变动，请逐项说明原因/,
    severity: 'warning',
  },
  K06: {
    name: '机关运行经费 changed without a reason',
    ctx: () => contextOf(readyDocument((d) => void (d.comparisons = { ...d.comparisons, officeOperation: { prior: '900000.00' } }))),
    expect: /八、机关运行经费有增减变化，但未说明原因/,
    severity: 'warning',
  },
  K07: {
    name: '办公设备购置 with no 政府采购',
    ctx: () => contextOf(readyDocument((d) => {
      d.lines?.push({ id: 'cap', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '31002', source: 'general', period: 'current', amount: '50000.00' })
      d.procurement = []
    })),
    expect: /资本性支出（设备购置等）5\.00 万元，但政府采购预算为0/,
    severity: 'warning',
  },
  K08: {
    name: 'a vehicle bought at full quota, no word on it',
    ctx: () => contextOf(readyDocument((d) => {
      d.lines?.push({ id: 'car', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '31013', source: 'general', period: 'current', amount: '200000.00' })
      d.assets = { ...d.assets, vehicleQuota: 1 }
      d.comparisons = { ...d.comparisons, threePublicTotalReason: '业务需要' }
    })),
    expect: /安排公务用车购置费 20\.00 万元，请在“三公”经费说明中写明拟购置的车辆/,
    severity: 'warning',
  },
  K09: { name: 'one of two forms missing', ctx: () => contextOf(readyDocument((d) => void d.performance?.projectForms?.splice(0, 1))), expect: /公开绩效目标的项目1个，占项目总数2个的50\.00%，低于要求的100%/, severity: 'warning' },
  K10: {
    name: 'a sentence left from last year’s text',
    ctx: () => {
      const c = contextOf(readyDocument())
      tamperParagraph(c, '三', /^2026年度/, '2024年度')
      return c
    },
    expect: /出现年份“2024年”，本文档为2026年预算/,
    severity: 'error',
  },
  K11: {
    name: 'a table naming another department',
    ctx: () => {
      const c = contextOf(readyDocument())
      c.derivation.tables.T5.departmentName = '示例局办公室'
      return c
    },
    expect: /预算公开表5的部门名称“示例局办公室”与封面的“示例局”不一致/,
    severity: 'error',
  },
  K12: { name: 'template residue typed into a reason', ctx: () => contextOf(readyDocument((d) => void (d.comparisons = { ...d.comparisons, incomeTotal: { prior: '9000000.00', reason: '新增XX项目' } }))), expect: /模板残留（模板占位符）/, severity: 'error' },
  K13: {
    name: '其他商品和服务支出 half of 公用经费',
    ctx: () => contextOf(readyDocument((d) => void d.lines?.push({ id: 'oth', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '30299', source: 'general', period: 'current', amount: '1000000.00' }))),
    expect: /“其他商品和服务支出”100\.00 万元占公用经费 200\.00 万元的50\.00%/,
    severity: 'warning',
  },
  K14: { name: 'the export audit found a changed figure', ctx: () => contextOf(readyDocument(), { audit: { checked: 120, mismatches: [{ kind: 'table-figure', message: '表1：应为 1000.00，PDF 中未找到' }] } }), expect: /表1：应为 1000\.00，PDF 中未找到/, severity: 'error' },
  K15: {
    name: 'the same reason for 机关运行经费 and the totals',
    ctx: () => contextOf(readyDocument((d) => void (d.comparisons = { ...d.comparisons, officeOperation: { prior: '1200000.00', reason: '新增示例业务项目' } }))),
    expect: /预算收入总计、预算支出总计、机关运行经费的变动原因完全相同（“新增示例业务项目”）/,
    severity: 'warning',
  },
  K16: { name: 'four units, no per-unit inputs', ctx: () => contextOf(multiUnitDepartment()), expect: /【示例服务中心】单位预算公开需要本单位的上年预算数和变动原因，尚未单独填写/, severity: 'warning' },
}

describe('K rules: passing fixture', () => {
  const ready = contextOf(readyDocument())
  it.each(INSPECTION_RULES.map((r) => r.id))('%s finds nothing on the ready 示例局', (id) => {
    expect(run(id, ready)).toEqual([])
  })
})

describe('K rules: failing fixture', () => {
  it('covers every rule', () => expect(Object.keys(FAILING).sort()).toEqual(INSPECTION_RULES.map((r) => r.id).sort()))

  it.each(Object.entries(FAILING))('%s: %s', (id, c) => {
    const found = run(id, c.ctx())
    expect(found.map((f) => f.message).join('\n')).toMatch(c.expect)
    expect(found.every((f) => f.ruleId === id)).toBe(true)
    expect(found.some((f) => f.severity === c.severity)).toBe(true)
    expect(found.every((f) => f.location.step !== undefined)).toBe(true)
  })

  it('K12 points at the reason where the residue was typed', () => {
    const [f] = run('K12', FAILING.K12?.ctx() as InspectionContext)
    expect(f?.location).toEqual({ step: 'overview', path: ['comparisons', 'incomeTotal', 'reason'] })
  })

  it('K01 asks for the 批复日期 when it is missing, and warns once the deadline has passed', () => {
    const none = contextOf(readyDocument((d) => void (d.department = { ...(d.department as object), approvalDate: undefined, publicationDate: undefined } as never)))
    expect(run('K01', none).map((f) => [f.severity, f.location.path])).toEqual([['warning', ['department', 'approvalDate']]])
    const late = contextOf(readyDocument((d) => void (d.department = { ...(d.department as object), publicationDate: undefined } as never)), { today: '2026-03-15' })
    expect(run('K01', late).map((f) => f.message)).toEqual(['今天已超过公开截止日期2026年3月12日（批复日期2026年2月20日后20个自然日）3天，请尽快公开并填写公开日期'])
  })
})
