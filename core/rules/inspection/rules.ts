// K01–K16: official-rules (c) items 1–16 as rules. Each combines the model-, table- and text-level
// checks of its item (model-checks.ts, table-checks.ts, text-checks.ts, text-sections.ts).
import { unitInputFindings } from '../../unit-disclosure/unit-findings'
import { hasOfficeOperationFunds } from '../../model/enums'
import { TABLE_IDS, type TableSet } from '../../tables/table-model'
import type { Finding } from '../finding'
import { chineseDay, deadlineInfo, K01 } from './deadline'
import { documentShareCounts, overviewFindings, performanceShareFindings, procurementFindings, reasonFindings, threePublicReasonFindings, vehicleFindings } from './model-checks'
import { detailFindings, emptyTableSourceFindings, hiddenThreePublicFindings, tableNameFindings, threePublicRowFindings, titleYearFindings } from './table-checks'
import { directionFindings, nameFindings, residueFindings, shareFindings, unitFindings, yearFindings } from './text-checks'
import { narrativeText, officerTextLocator, type NarrativeText, type TextContext } from './text-context'
import { emptyTableStatementFindings, glossaryFindings, officeOperationTextFindings, statementFindings } from './text-sections'
import type { InspectionContext, InspectionRule } from './types'

/** Every money figure of the tables (0.01万元), to recognise `1.58元` written for 1.58万元. */
export function tableFigures(tables: TableSet): Set<number> {
  const out = new Set<number>()
  for (const id of TABLE_IDS) for (const r of tables[id].rows) for (const c of r.cells) if (c !== null && c.kind === 'money' && c.value !== 0) out.add(c.value)
  return out
}

// What several K rules read of one inspection, built once per inspection: the narrative as text,
// the text checks' context (every money figure of the 13 tables) and the direction findings that
// K05 and K12 divide between them.
interface Shared {
  text?: NarrativeText
  context?: TextContext
  direction?: Finding[]
}
const shared = new WeakMap<InspectionContext, Shared>()
const sharedOf = (ctx: InspectionContext): Shared => {
  let s = shared.get(ctx)
  if (!s) shared.set(ctx, (s = {}))
  return s
}

function textContext(ctx: InspectionContext): TextContext {
  const s = sharedOf(ctx)
  if (s.context) return s.context
  const data = ctx.derivation.data
  return (s.context = { year: data.department.budgetYear, departmentName: data.department.displayName, figures: tableFigures(ctx.derivation.tables), unitCount: data.units.length, locate: officerTextLocator(data) })
}

const text = (ctx: InspectionContext): NarrativeText => (sharedOf(ctx).text ??= narrativeText(ctx.narrative))
const direction = (ctx: InspectionContext): Finding[] => (sharedOf(ctx).direction ??= directionFindings(text(ctx), textContext(ctx)))
const only = (ruleId: string, findings: Finding[]) => findings.filter((f) => f.ruleId === ruleId)

const rule = (id: string, item: number, title: string, severity: InspectionRule['severity'], check: InspectionRule['check'], needsAudit = false): InspectionRule =>
  needsAudit ? { id, item, title, severity, check, needsAudit } : { id, item, title, severity, check }

export const K02 = rule('K02', 2, '13张表、概况、情况说明各部分和名词解释齐全且不为空', 'error', (ctx) => [
  ...overviewFindings(ctx.derivation, ctx.narrative.glossary),
  ...statementFindings(text(ctx), textContext(ctx)),
])

export const K03 = rule('K03', 3, '空表标注“本表无数据”并在情况说明中说明；有金额的表不标空表', 'error', (ctx) => [
  ...emptyTableSourceFindings(ctx.derivation.tables),
  ...emptyTableStatementFindings(text(ctx), ctx.derivation.tables),
])

export const K04 = rule('K04', 4, '功能分类细化到项级、经济分类细化到款级，编码和名称与本年科目表一致', 'error', (ctx) =>
  detailFindings(ctx.derivation.tables, ctx.catalog, { unknownCodes: false }),
)

export const K05 = rule('K05', 5, '“三公”经费分项齐全，增减变化逐项说明原因，增减用词与变化方向一致', 'error', (ctx) => [
  ...threePublicRowFindings(ctx.derivation.tables),
  ...threePublicReasonFindings(ctx.derivation),
  ...only('K05', direction(ctx)),
])

export const K06 = rule('K06', 6, '机关运行经费在任何情况下都有说明，变动有原因', 'warning', (ctx) => {
  const data = ctx.derivation.data
  const out = officeOperationTextFindings(text(ctx), textContext(ctx))
  const qualifying = data.units.filter((u) => hasOfficeOperationFunds(u.type))
  const t11 = ctx.derivation.tables.T11
  if (qualifying.length > 0 && t11.empty) {
    out.push({ ruleId: 'K06', severity: 'warning', message: `有${qualifying.length}个行政/参公单位，但机关运行经费为0，请核对公用经费是否已录入`, location: { step: 'basic', table: 'T11' } })
  }
  return out
})

export const K07 = rule('K07', 7, '政府采购预算与资本性支出相符', 'warning', (ctx) => procurementFindings(ctx.derivation))

export const K08 = rule('K08', 8, '国有资产（车辆）与“三公”经费相符', 'warning', (ctx) => vehicleFindings(ctx.derivation))

export const K09 = rule('K09', 9, '公开绩效目标的项目数量和金额比例达到要求', 'warning', (ctx) =>
  performanceShareFindings(documentShareCounts(ctx.derivation), ctx.derivation.data.settings.performanceDisclosureThreshold),
)

export const K10 = rule('K10', 10, '封面、表名、目录和情况说明的年度一致', 'error', (ctx) => [
  ...titleYearFindings(ctx.derivation.tables, ctx.derivation.data.department.budgetYear),
  ...yearFindings(text(ctx), textContext(ctx)),
])

export const K11 = rule('K11', 11, '封面、报表、情况说明的部门名称和单位名单一致', 'error', (ctx) => [
  ...tableNameFindings(ctx.derivation.tables, ctx.derivation.data.department.displayName),
  ...nameFindings(text(ctx), textContext(ctx)),
])

export const K12 = rule('K12', 12, '无模板残留（XX、××、“占 %”、缺数字的“万元”），金额单位为万元、两位小数，占比合计100%', 'error', (ctx) => {
  const t = text(ctx)
  const c = textContext(ctx)
  return [...residueFindings(t, c), ...unitFindings(t, c), ...shareFindings(t, c), ...only('K12', direction(ctx))]
})

export const K13 = rule('K13', 13, '“其他商品和服务支出”占公用经费比例合理（防止“三公”经费隐匿）', 'warning', (ctx) => hiddenThreePublicFindings(ctx.derivation.tables))

export const K14 = rule(
  'K14',
  14,
  '导出的PDF有可提取的正常文字（非康熙部首），表格数字复核一致，并导出Excel表格',
  'error',
  (ctx) => {
    const audit = ctx.audit
    if (!audit) return []
    const shown = audit.mismatches.slice(0, 20).map((m): Finding => ({ ruleId: 'K14', severity: 'error', message: m.message, location: { step: 'review' } }))
    const more = audit.mismatches.length - shown.length
    return more > 0 ? [...shown, { ruleId: 'K14', severity: 'error', message: `导出文件另有${more}处与数据不一致`, location: { step: 'review' } }] : shown
  },
  true,
)

export const K15 = rule('K15', 15, '名词解释覆盖用到的术语，变动原因具体、不千篇一律', 'warning', (ctx) => [...glossaryFindings(text(ctx), ctx.narrative.glossary), ...reasonFindings(ctx.derivation)])

export const K16 = rule('K16', 16, '所属单位同步公开单位预算（单位级录入齐全）', 'warning', (ctx) => {
  const data = ctx.derivation.data
  if (data.units.length < 2 || data.settings.disclosureLevel === 'unit') return []
  const info = deadlineInfo(data.settings, data.department.approvalDate, ctx.today)
  const by = info.deadline ? `在${chineseDay(info.deadline)}前` : '在批复后规定期限内'
  const reminder: Finding = {
    ruleId: 'K16',
    severity: 'info',
    message: `部门有${data.units.length}个单位，各所属单位也须${by}公开单位预算（可在导出时一并生成各单位的单位预算公开）`,
    location: { step: 'organization', path: ['units'] },
  }
  return [reminder, ...data.units.flatMap((u) => unitInputFindings(data, u.id))]
})

export const INSPECTION_RULES: readonly InspectionRule[] = [K01, K02, K03, K04, K05, K06, K07, K08, K09, K10, K11, K12, K13, K14, K15, K16]

/** Analyze() rules that a K rule restates for the 体检 (F09's share is K09's; K09 adds the narrative's count). */
export const SUPERSEDED_BY: Readonly<Record<string, string>> = { F09: 'K09' }
