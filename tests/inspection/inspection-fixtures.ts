// Runs the 发布前体检 on a built document the way the app does: analyze, the narrative with the
// year's real glossary, inspect with a fixed "today".
import { buildNarrative } from '../../core/narrative'
import type { DocumentData } from '../../core/model/document-data'
import { analyze } from '../../core/rules/analyze'
import type { Finding } from '../../core/rules/finding'
import { inspect, type ExportAuditSummary, type Inspection, type InspectionContext } from '../../core/rules/inspection'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { catalogFor } from '../builders/catalog'
import { narrativeBase } from '../builders/narrative-documents'
import type { DocumentDataInput } from '../../core/model/document-data'

export const TODAY = '2026-03-01'

export interface InspectionFixtureOptions {
  today?: string
  audit?: ExportAuditSummary
  glossary?: string[]
}

export function inspectionOf(data: DocumentData, options: InspectionFixtureOptions = {}): Inspection {
  const year = data.department.budgetYear
  const catalog = catalogFor(year)
  const analysis = analyze(data, catalog)
  const narrative = buildNarrative(analysis.derivation, { glossary: options.glossary ?? loadNarrativeTemplate(year).glossary })
  return inspect(data, catalog, narrative, options.audit ? { today: options.today ?? TODAY, analysis, audit: options.audit } : { today: options.today ?? TODAY, analysis })
}

export function findingsOf(data: DocumentData, ruleId: string, options: InspectionFixtureOptions = {}): Finding[] {
  return inspectionOf(data, options).findings.filter((f) => f.ruleId === ruleId)
}

type Indicators = NonNullable<NonNullable<NonNullable<DocumentDataInput['performance']>['projectForms']>[number]['annualIndicators']>

/** One 三级指标 per 一级指标, well formed (F01, F03). */
export function completeIndicators(days = 365): Indicators {
  return [
    { level1: 'output', level2: 'quantity', name: '平台运维天数', value: { comparator: '≥', value: String(days), unit: '天' } },
    { level1: 'benefit', level2: 'social', name: '保障政务数据共享', value: { comparator: '', value: '有效保障', unit: '' } },
    { level1: 'satisfaction', level2: 'beneficiary-satisfaction', name: '使用单位满意度', value: { comparator: '≥', value: '95', unit: '%' } },
  ]
}

/** Each project's form differs (its 天数 follows the id), as forms written per project do (F11). */
export function completeForm(projectId: string, implementationTotal: string) {
  const days = 365 - ([...projectId].reduce((a, c) => a + c.charCodeAt(0), 0) % 100)
  return { projectId, implementationTotal, annualGoal: '保障业务全年正常开展', implementationIndicators: completeIndicators(days), annualIndicators: completeIndicators(days) }
}

/**
 * 示例局 (tests/builders/narrative-documents.ts) made ready to publish: 概况 typed, both project
 * forms complete, approved on 2026-02-20 and published on 2026-03-05 (within 20 calendar days).
 * Every check of analyze() and every K rule passes on it.
 */
export function readyDocument(change: (d: DocumentDataInput) => void = () => {}): DocumentData {
  return narrativeBase((d) => {
    d.department = { ...(d.department as NonNullable<DocumentDataInput['department']>), approvalDate: '2026-02-20', publicationDate: '2026-03-05' }
    d.overview = { duties: '负责全市政务服务管理。', organization: '内设办公室、审批科两个科室。' }
    d.overallFiling = { unitCount: 1, amount: '10000000.00', printAttachmentLine: false }
    d.performance = { projectForms: [completeForm('p-ops', '1000000.00'), completeForm('p-goal', '3000000.00')] }
    change(d)
  })
}

/** What the K rules see, for tests that tamper with the tables or the narrative (by-construction rules). */
export function contextOf(data: DocumentData, options: InspectionFixtureOptions = {}): InspectionContext {
  const year = data.department.budgetYear
  const catalog = catalogFor(year)
  const analysis = analyze(data, catalog)
  const narrative = buildNarrative(analysis.derivation, { glossary: options.glossary ?? loadNarrativeTemplate(year).glossary })
  const ctx: InspectionContext = { derivation: analysis.derivation, catalog, narrative, findings: analysis.findings, today: options.today ?? TODAY }
  if (options.audit) ctx.audit = options.audit
  return ctx
}

/** Replaces the text of the first paragraph of a section that matches `find`. */
export function tamperParagraph(ctx: InspectionContext, section: string, find: RegExp, replace: string): void {
  const s = ctx.narrative.sections.find((x) => x.id === section)
  const block = s?.blocks.find((b) => b.kind === 'paragraph' && find.test(b.text))
  if (!block || block.kind !== 'paragraph') throw new Error(`no paragraph ${find} in ${section}`)
  block.text = block.text.replace(find, replace)
}

type Comparisons = NonNullable<DocumentDataInput['comparisons']>

const unitComparisons = (total: string, general: string, office: string, reason: string): Comparisons => ({
  incomeTotal: { prior: total, reason: `${reason}（收入）` },
  expenditureTotal: { prior: total, reason: `${reason}（支出）` },
  generalBudgetCurrent: { prior: general },
  threePublic: { abroad: { prior: '0.00' }, reception: { prior: '0.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '0.00' } },
  officeOperation: { prior: office, reason: `${reason}，公用经费随之调整` },
})

/**
 * Two units that each publish their own 单位预算公开: 示例局 (本级, 行政) as in readyDocument and
 * 示例服务中心 (参公) with 基本 120.00 and one project of 30.00; every per-unit input entered. The
 * department and both unit documents pass the whole 体检.
 */
export function readyMultiUnitDocument(): DocumentData {
  return readyDocument((d) => {
    d.department = { ...(d.department as NonNullable<DocumentDataInput['department']>), displayName: '示例局[部门]' }
    d.units = [
      { id: 'u1', name: '示例局', type: 'administrative', isHeadUnit: true },
      { id: 'u2', name: '示例服务中心', type: 'civil-servant-managed' },
    ]
    d.projects?.push({ id: 'p-svc', unitId: 'u2', name: '示例窗口服务项目', category: 'targeted' })
    d.lines?.push(
      { id: 'u2-pay', unitId: 'u2', functionCode: '2010350', kind: 'basic', economicCode: '30101', source: 'general', period: 'current', amount: '1000000.00' },
      { id: 'u2-office', unitId: 'u2', functionCode: '2010350', kind: 'basic', economicCode: '30201', source: 'general', period: 'current', amount: '200000.00' },
      { id: 'u2-proj', unitId: 'u2', functionCode: '2010399', kind: 'project', projectId: 'p-svc', economicCode: '30227', source: 'general', period: 'current', amount: '300000.00' },
    )
    d.performance?.projectForms?.push(completeForm('p-svc', '300000.00'))
    d.comparisons = {
      incomeTotal: { prior: '10500000.00', reason: '新增示例业务项目和窗口服务项目' },
      expenditureTotal: { prior: '10500000.00', reason: '新增示例业务项目和窗口服务项目' },
      generalBudgetCurrent: { prior: '10500000.00' },
      threePublic: { abroad: { prior: '0.00' }, reception: { prior: '0.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '20000.00' } },
      officeOperation: { prior: '1100000.00', reason: '服务中心新增办公场所' },
    }
    d.procurement = [
      { id: 'g1', unitId: 'u1', category: 'goods', amount: '116600.00' },
      { id: 's1', unitId: 'u1', category: 'services', amount: '500000.00' },
      { id: 's2', unitId: 'u2', category: 'services', amount: '200000.00' },
    ]
    const assets = (area: string, quota: number) => ({ asOf: '2025-12-31', vehicleQuota: quota, vehicles: { confidential: quota }, officeArea: area })
    d.unitInputs = [
      {
        unitId: 'u1',
        comparisons: { ...unitComparisons('9000000.00', '9000000.00', '1000000.00', '新增示例业务项目'), threePublic: { abroad: { prior: '0.00' }, reception: { prior: '0.00' }, vehiclePurchase: { prior: '0.00' }, vehicleOperation: { prior: '20000.00' } }, officeOperation: { prior: '1000000.00' } },
        assets: assets('900.00', 1),
        overview: { duties: '负责全市政务服务管理。', organization: '内设办公室、审批科两个科室。' },
        procurement: [
          { id: 'g1', category: 'goods', name: '', amount: '116600.00' },
          { id: 's1', category: 'services', name: '', amount: '500000.00' },
        ],
      },
      {
        unitId: 'u2',
        comparisons: unitComparisons('1400000.00', '1400000.00', '100000.00', '窗口服务事项增加'),
        assets: assets('218.46', 0),
        overview: { duties: '负责政务服务大厅运行。', organization: '内设综合科、窗口管理科。' },
        procurement: [{ id: 's2', category: 'services', name: '', amount: '200000.00' }],
      },
    ]
  })
}
