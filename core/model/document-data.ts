// The document's data: inputs only (architecture: "the saved file holds inputs only").
import { z } from 'zod'
import { BudgetLine, ControlTotal, IncomeEntry, PriorYearLine, Project } from './budget'
import { Assets, Attachment, Comparisons, OtherNotes, OverallFiling, Overview, ProcurementItem, UnitInputs } from './disclosure-inputs'
import { checkListTotals, type AddIssue } from './list-totals'
import { Department, Unit } from './organization'
import { OwnCatalog } from './own-catalog'
import { Performance } from './performance'
import { IsoDate, ShortText } from './primitives'

export const Settings = z.object({
  /** Every seed labels table 9 `部门公开表9` (spec §1.4). */
  tableNineLabel: ShortText.default('部门公开表9'),
  /** Print 004's footnote `注：本套报表因取数时四舍五入…` under 表1. */
  roundingFootnote: z.boolean().default(false),
  /** 公开 deadline after 批复: 20 calendar days (财预〔2016〕143号) or working days. */
  deadlineDays: z.number().int().min(1).max(60).default(20),
  deadlineBasis: z.enum(['calendar', 'working']).default('calendar'),
  /** Minimum share of projects disclosing 绩效目标, by count and amount, in percent. */
  performanceDisclosureThreshold: z.number().min(0).max(100).default(100),
  /**
   * Working days are Monday–Friday; the app knows no public holidays. The officer lists the year's
   * 法定节假日 (`holidays`) and the weekend days worked instead (调休 `workdays`) when they count.
   */
  holidays: z.array(IsoDate).default(() => []),
  workdays: z.array(IsoDate).default(() => []),
  /**
   * 表10/表11 names as this province or city prints them (`一般公共预算“三公”经费支出表`), without
   * the leading `{年}年`; absent: the year template's name. The tables keep their identity (T10, T11).
   */
  tableTitles: z.object({ T10: ShortText.optional(), T11: ShortText.optional() }).optional(),
  /**
   * Wording the officer may set per document; each absent choice keeps the seeds' wording.
   * rateWord: the word of a rate (`增长/下降` as in 一 and 五, or `增加/减少` as in 八 of 004);
   * generalBudgetWord: 五 speaks of `一般公共预算当年支出` (seeds) or `当年拨款`;
   * subject: sentence heads name `{部门名称}` (seeds) or `{部门名称}各单位`.
   */
  wording: z
    .object({
      rateWord: z.enum(['增长', '增加']).optional(),
      generalBudgetWord: z.enum(['当年支出', '当年拨款']).optional(),
      subject: z.enum(['department', 'department-units']).optional(),
    })
    .optional(),
  /** `unit`: a 所属单位's own 单位预算公开 (core/unit-disclosure): titles and wording at unit level. */
  disclosureLevel: z.enum(['department', 'unit']).default('department'),
  /**
   * Page numbers of the PDF: `page-of-total` `第 N 页 / 共 M 页` (when absent), or `gbt9704`, the
   * 公文 style of GB/T 9704-2012 `— N —` (odd pages right, even pages left).
   */
  pageNumberStyle: z.enum(['page-of-total', 'gbt9704']).optional(),
  /**
   * The unit amounts are typed and shown in on screen (元 or 万元), saved with the document so it
   * reads the same on every computer. Display only: stored amounts are always 元. Absent → 元.
   */
  entryUnit: z.enum(['yuan', 'wan']).optional(),
})
export type Settings = z.infer<typeof Settings>
export type PageNumberStyle = NonNullable<Settings['pageNumberStyle']>

const list = <T extends z.ZodType>(item: T) => z.array(item).default(() => [])

export const DocumentDataShape = z.object({
  department: Department,
  units: z.array(Unit).min(1, { error: '至少需要一个单位' }),
  lines: list(BudgetLine),
  projects: list(Project),
  fundIncome: list(IncomeEntry),
  stateCapitalIncome: list(IncomeEntry),
  controlTotals: list(ControlTotal),
  comparisons: Comparisons.default(() => Comparisons.parse({})),
  procurement: list(ProcurementItem),
  assets: Assets.default(() => Assets.parse({})),
  overview: Overview.default(() => Overview.parse({})),
  otherNotes: OtherNotes.default(() => OtherNotes.parse({})),
  attachments: list(Attachment),
  overallFiling: OverallFiling.default(() => OverallFiling.parse({})),
  performance: Performance.default(() => Performance.parse({})),
  /** Per-unit inputs of the 单位预算公开 (prior-year figures, reasons, procurement …). */
  unitInputs: list(UnitInputs),
  settings: Settings.default(() => Settings.parse({})),
  /** Names of codes the year's catalog lacks, supplied by the officer (core/catalogs/own-catalog). */
  ownCatalog: OwnCatalog.optional(),
  /** Last year's lines, summed per unit, project, codes and fund source (core/rollover); absent → none kept. */
  priorYearLines: z.array(PriorYearLine).max(100_000).optional(),
  /** The officer's ticks on the 体检 checklist (core/rules/inspection CHECKLIST ids → confirmed); printed on the 自查表. */
  selfCheckTicks: z.record(z.string().max(100), z.boolean()).optional(),
})

/**
 * Cross-references: unknown units and projects, duplicate ids, one 本级 unit; list totals in range.
 * Also run on its own over rows already parsed one by one (the renderer's draft check), so a
 * keystroke does not re-parse the whole document.
 */
export function checkDocumentReferences(d: z.output<typeof DocumentDataShape>, ctx: { addIssue: AddIssue }): void {
  checkListTotals(d, ctx)
  const unitIds = new Set<string>()
  d.units.forEach((u, i) => {
    if (unitIds.has(u.id)) ctx.addIssue({ code: 'custom', path: ['units', i, 'id'], message: `单位编号“${u.id}”重复` })
    unitIds.add(u.id)
  })
  const heads = d.units.filter((u) => u.isHeadUnit).length
  if (heads > 1) ctx.addIssue({ code: 'custom', path: ['units'], message: `只能有一个本级单位，现有${heads}个` })
  const projects = new Map<string, string>()
  d.projects.forEach((p, i) => {
    if (projects.has(p.id)) ctx.addIssue({ code: 'custom', path: ['projects', i, 'id'], message: `项目编号“${p.id}”重复` })
    projects.set(p.id, p.unitId)
    if (!unitIds.has(p.unitId)) ctx.addIssue({ code: 'custom', path: ['projects', i, 'unitId'], message: `项目“${p.name}”引用了不存在的单位“${p.unitId}”` })
  })
  const lineIds = new Set<string>()
  d.lines.forEach((l, i) => {
    if (lineIds.has(l.id)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'id'], message: `预算行编号“${l.id}”重复` })
    lineIds.add(l.id)
    if (!unitIds.has(l.unitId)) ctx.addIssue({ code: 'custom', path: ['lines', i, 'unitId'], message: `第${i + 1}条预算行引用了不存在的单位“${l.unitId}”` })
    if (l.projectId !== undefined) {
      const owner = projects.get(l.projectId)
      if (owner === undefined) ctx.addIssue({ code: 'custom', path: ['lines', i, 'projectId'], message: `第${i + 1}条预算行引用了不存在的项目“${l.projectId}”` })
      else if (owner !== l.unitId) ctx.addIssue({ code: 'custom', path: ['lines', i, 'unitId'], message: `第${i + 1}条预算行的单位与其项目所属单位不一致` })
    }
  })
  d.procurement.forEach((p, i) => {
    if (p.unitId !== undefined && !unitIds.has(p.unitId)) ctx.addIssue({ code: 'custom', path: ['procurement', i, 'unitId'], message: `政府采购第${i + 1}项引用了不存在的单位“${p.unitId}”` })
  })
  const inputUnits = new Set<string>()
  d.unitInputs.forEach((u, i) => {
    if (!unitIds.has(u.unitId)) ctx.addIssue({ code: 'custom', path: ['unitInputs', i, 'unitId'], message: `单位预算公开的录入引用了不存在的单位“${u.unitId}”` })
    if (inputUnits.has(u.unitId)) ctx.addIssue({ code: 'custom', path: ['unitInputs', i, 'unitId'], message: `单位“${u.unitId}”的单位预算公开录入重复` })
    inputUnits.add(u.unitId)
  })
  const formIds = new Set<string>()
  d.performance.projectForms.forEach((f, i) => {
    if (formIds.has(f.projectId)) ctx.addIssue({ code: 'custom', path: ['performance', 'projectForms', i, 'projectId'], message: `项目“${f.projectId}”有两张绩效目标表` })
    formIds.add(f.projectId)
  })
}

export const DocumentData = DocumentDataShape.superRefine((d, ctx) => checkDocumentReferences(d, ctx))
export type DocumentData = z.infer<typeof DocumentData>
export type DocumentDataInput = z.input<typeof DocumentData>
