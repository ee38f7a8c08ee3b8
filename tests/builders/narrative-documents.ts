// Named documents for the 情况说明 tests (architecture rule 11). Each differs from `narrativeBaseInput`
// in the one respect its name says; amounts are round so the expected sentences can be read off.
import type { DocumentData, DocumentDataInput } from '../../core/model/document-data'
import { buildData, department } from './document-builder'

type Line = NonNullable<DocumentDataInput['lines']>[number]

let seq = 0
const line = (unitId: string, functionCode: string, economicCode: string, amount: string, extra: Partial<Line> = {}): Line => ({
  id: `l${++seq}`,
  unitId,
  functionCode,
  kind: 'basic',
  economicCode,
  source: 'general',
  period: 'current',
  amount,
  ...extra,
})
const project = (unitId: string, projectId: string, functionCode: string, amount: string, extra: Partial<Line> = {}) =>
  line(unitId, functionCode, '30227', amount, { kind: 'project', projectId, ...extra })

/**
 * 示例局, one 行政单位, 2026: 基本 600.00 (人员 500.00, 公用 100.00 incl. 公务用车运行维护费 2.00),
 * 项目 400.00 in two projects (其他运转类 100.00, 特定目标类 300.00), every prior figure and reason,
 * 政府采购, 国有资产 and both project forms entered. Prior totals 900.00 → 比上年增加100.00万元，增长11.11%.
 */
export function narrativeBaseInput(): DocumentDataInput {
  return {
    department: department(2026),
    units: [{ id: 'u1', name: '示例局', type: 'administrative', isHeadUnit: true }],
    projects: [
      { id: 'p-ops', unitId: 'u1', name: '示例运转项目', category: 'operating' },
      { id: 'p-goal', unitId: 'u1', name: '示例业务项目', category: 'targeted' },
    ],
    lines: [
      line('u1', '2010301', '30101', '5000000.00'),
      line('u1', '2010301', '30201', '980000.00'),
      line('u1', '2010301', '30231', '20000.00'),
      project('u1', 'p-ops', '2010399', '1000000.00'),
      project('u1', 'p-goal', '2010399', '3000000.00'),
    ],
    comparisons: {
      incomeTotal: { prior: '9000000.00', reason: '新增示例业务项目' },
      expenditureTotal: { prior: '9000000.00', reason: '新增示例业务项目' },
      generalBudgetCurrent: { prior: '9000000.00' },
      threePublic: { abroad: { prior: '0.00' }, reception: { prior: '0.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '20000.00' } },
      officeOperation: { prior: '1000000.00' },
    },
    procurement: [
      { id: 'g1', category: 'goods', amount: '116600.00' },
      { id: 's1', category: 'services', amount: '500000.00' },
    ],
    assets: { asOf: '2025-12-31', vehicleQuota: 2, vehicles: { confidential: 1 }, officeArea: '1118.46' },
    otherNotes: { purchaseServiceCatalog: '见附件。', other: '' },
    overallFiling: { unitCount: 1, amount: '10000000.00', printAttachmentLine: true },
    performance: { projectForms: [{ projectId: 'p-ops' }, { projectId: 'p-goal' }] },
  }
}

export function narrativeBase(change: (d: DocumentDataInput) => void = () => {}): DocumentData {
  const input = narrativeBaseInput()
  change(input)
  return buildData(input)
}

/** All prior figures equal this year's: 与上年持平, 与2025年预算数相同, 与2025年预算持平. */
export function unchangedDepartment(): DocumentData {
  return narrativeBase((d) => {
    d.comparisons = {
      incomeTotal: { prior: '10000000.00' },
      expenditureTotal: { prior: '10000000.00' },
      generalBudgetCurrent: { prior: '10000000.00' },
      threePublic: { abroad: { prior: '0.00' }, reception: { prior: '0.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '20000.00' } },
      officeOperation: { prior: '1000000.00' },
    }
  })
}

/** A first budget year: every prior figure is 0 (§9.5 `上年无此项支出`). */
export function priorYearZeroDepartment(): DocumentData {
  return narrativeBase((d) => {
    d.comparisons = {
      incomeTotal: { prior: '0.00', reason: '新设立部门' },
      expenditureTotal: { prior: '0.00', reason: '新设立部门' },
      generalBudgetCurrent: { prior: '0.00' },
      threePublicTotalReason: '新配备公务用车',
      threePublic: { abroad: { prior: '0.00' }, reception: { prior: '0.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '0.00' } },
      officeOperation: { prior: '0.00', reason: '新设立部门' },
    }
  })
}

/** No prior figure and no reason entered: placeholders, never 0. */
export function noComparisonsDepartment(): DocumentData {
  return narrativeBase((d) => {
    d.comparisons = {}
  })
}

/** Decreases everywhere, with the 三公 total's reason (the changed wording of §9.6). */
export function decreasedDepartment(): DocumentData {
  return narrativeBase((d) => {
    d.comparisons = {
      incomeTotal: { prior: '12000000.00', reason: '部分项目到期' },
      expenditureTotal: { prior: '12000000.00', reason: '部分项目到期' },
      generalBudgetCurrent: { prior: '12000000.00' },
      threePublicTotalReason: '公车调拨至机关事务管理局',
      threePublic: { abroad: { prior: '0.00' }, reception: { prior: '10000.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '96000.00' } },
      officeOperation: { prior: '1200000.00', reason: '压减一般性支出。' },
    }
  })
}

/** 政府性基金: 275.58 in a project under 2120803, with its T7 income (001's pattern). */
export function fundDepartment(): DocumentData {
  return narrativeBase((d) => {
    d.projects?.push({ id: 'p-fund', unitId: 'u1', name: '示例供热工程', category: 'targeted' })
    d.lines?.push(project('u1', 'p-fund', '2120803', '2755800.00', { source: 'fund' }))
    d.fundIncome = [{ id: 'f1', incomeCode: '1030148', amount: '2755800.00' }]
    d.performance?.projectForms?.push({ projectId: 'p-fund' })
  })
}

/**
 * 004's shape: 本级 行政单位, two 参公单位 and a 公益一类 unit; the 公益一类 unit's 公用经费 is not
 * 机关运行经费, and one of its projects is 涉密 (counted in 十, never published).
 */
export function multiUnitDepartment(): DocumentData {
  return narrativeBase((d) => {
    d.department = department(2026, '示例局[部门]')
    d.units = [
      { id: 'u1', name: '示例局', type: 'administrative', isHeadUnit: true },
      { id: 'u2', name: '示例服务中心', type: 'civil-servant-managed' },
      { id: 'u3', name: '示例交易中心（示例采购中心）', type: 'civil-servant-managed' },
      { id: 'u4', name: '示例促进中心', type: 'public-welfare-1' },
    ]
    d.projects?.push({ id: 'p-secret', unitId: 'u4', name: '示例涉密项目', category: 'targeted', classified: true })
    d.lines?.push(
      line('u2', '2010350', '30101', '1000000.00'),
      line('u2', '2010350', '30201', '200000.00'),
      line('u3', '2010350', '30201', '300000.00'),
      line('u4', '2010350', '30201', '57000.00'),
      project('u4', 'p-secret', '2010399', '500000.00'),
    )
    d.overallFiling = { unitCount: 0, amount: '0.00', printAttachmentLine: false }
  })
}

/** 001's shape: the only unit is a 事业单位, so there is no 机关运行经费 at all, and no 三公. */
export function institutionOnlyDepartment(): DocumentData {
  return narrativeBase((d) => {
    d.units = [{ id: 'u1', name: '示例局', type: 'other-institution', isHeadUnit: true }]
    d.lines = d.lines?.filter((l) => l.economicCode !== '30231')
    d.comparisons = { ...d.comparisons, officeOperation: {} }
  })
}
