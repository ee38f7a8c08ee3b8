// 上年文档结转: last year's document → the draft of this year's. Kept: the department (next budget
// year, dates cleared), units, 概况, 其他说明, settings, the 整体 form and indicator library, and the
// projects that run on (经常性, or 延续性 with a 项目期 over one year) with their forms. Not kept:
// lines, income, control totals, 政府采购, attachments — every amount is this year's to enter (last
// year's lines are kept apart, summed per line, only to catch a figure typed in the wrong unit).
// Filled: every prior-year comparison figure from last year's derived tables (spec §4: 上年预算数),
// with the reasons cleared. Codes last year used that this year's catalog lacks are mapped or flagged.
import type { Analysis } from '../rules/analyze'
import type { Catalog, CatalogKind } from '../catalogs/types'
import type { BudgetDocument } from '../document/envelope'
import { fenToYuanString, FEN_PER_WAN_CENT } from '../money/money'
import type { Project } from '../model/budget'
import { DocumentData, type DocumentDataInput } from '../model/document-data'
import type { Comparison, Comparisons } from '../model/disclosure-inputs'
import { comparedFigures, type ComparedFigureId } from '../narrative/year-on-year'
import { moneyAt } from '../tables/access'
import type { WanCents } from '../tables/table-model'
import { CODE_KIND_LABELS, codeStatus, NO_CODE_CHANGES, type CodeChangeTable } from './code-changes'
import { priorYearLinesOf } from './prior-lines'

export interface RolloverCatalogs {
  prior: Catalog
  target: Catalog
  /** templates/<targetYear>/code-changes.json. */
  codeChanges?: CodeChangeTable
}

export interface RolloverOptions {
  templateYear?: number
  appVersion?: string
  savedAt?: string
  /** Which projects run on; default: 经常性, or 延续性 with a 项目期 over one year. */
  continues?: (p: Project) => boolean
}

export interface CodeChangeReport {
  kind: CatalogKind
  code: string
  name?: string
  status: 'mapped' | 'retired' | 'missing'
  to?: string
  /** Lines of last year that used the code. */
  uses: number
  message: string
}

export interface PriorFigure {
  id: ComparedFigureId
  label: string
  /** 元, a multiple of 100元 (the 0.01万元 figure last year printed). */
  prior: string
}

export interface RolloverReport {
  keptProjects: { id: string; name: string }[]
  droppedProjects: { id: string; name: string }[]
  priorFigures: PriorFigure[]
  codeChanges: CodeChangeReport[]
  /** What the officer must enter anew, in Chinese. */
  notes: string[]
}

export type RolloverResult = { ok: true; document: BudgetDocument; report: RolloverReport } | { ok: false; message: string }

export function defaultContinues(p: Project): boolean {
  return p.attribute === 'recurring' || (p.attribute === 'phased' && p.durationYears > 1)
}

const wanToYuan = (w: WanCents) => fenToYuanString(w * FEN_PER_WAN_CENT)

/** The prior-year figures 第三部分 compares with, as last year's tables printed them. */
export function priorFiguresOf(analysis: Analysis): PriorFigure[] {
  const d = analysis.derivation
  const figures = comparedFigures(d).filter((f) => f.id !== 'threePublicTotal')
  if (!figures.some((f) => f.id === 'officeOperation')) {
    figures.push({ id: 'officeOperation', label: '机关运行经费', current: moneyAt(d.tables.T11, 'total', 'total'), prior: undefined, reason: undefined, needsReason: true })
  }
  return figures.map((f) => ({ id: f.id, label: f.label, prior: wanToYuan(f.current) }))
}

function comparisonsFrom(figures: readonly PriorFigure[]): Comparisons {
  const c = (id: ComparedFigureId): Comparison => {
    const f = figures.find((x) => x.id === id)
    return f ? { prior: f.prior } : {}
  }
  return {
    incomeTotal: c('incomeTotal'),
    expenditureTotal: c('expenditureTotal'),
    generalBudgetCurrent: c('generalBudgetCurrent'),
    threePublic: { abroad: c('abroad'), reception: c('reception'), vehiclePurchase: c('vehiclePurchase'), vehicleOperation: c('vehicleOperation') },
    officeOperation: c('officeOperation'),
  }
}

/** Every code last year's lines used that this year's catalog does not have, mapped or flagged. */
export function codeChangesOf(prior: BudgetDocument, catalogs: RolloverCatalogs): CodeChangeReport[] {
  const uses = new Map<string, number>()
  const count = (kind: CatalogKind, code: string | undefined) => {
    if (code !== undefined) uses.set(`${kind}|${code}`, (uses.get(`${kind}|${code}`) ?? 0) + 1)
  }
  for (const l of prior.data.lines) {
    count('functional', l.functionCode)
    count('economicDepartment', l.economicCode)
    count('economicGovernment', l.governmentEconomicCode)
  }
  for (const e of [...prior.data.fundIncome, ...prior.data.stateCapitalIncome]) count('income', e.incomeCode)
  const out: CodeChangeReport[] = []
  for (const [key, n] of [...uses.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [kind, code] = key.split('|') as [CatalogKind, string]
    const s = codeStatus(kind, code, catalogs.target, catalogs.codeChanges ?? NO_CODE_CHANGES)
    if (s.status === 'known') continue
    const name = catalogs.prior[kind].get(code)?.name
    const label = `${CODE_KIND_LABELS[kind]}“${code}${name ? ` ${name}` : ''}”`
    const year = catalogs.target.year
    const note = s.status !== 'missing' && s.note ? `（${s.note}）` : ''
    const message =
      s.status === 'mapped'
        ? `${label}在${year}年版中调整为“${s.to}${s.entry ? ` ${s.entry.name}` : ''}”${note}，导入或录入时按新编码`
        : s.status === 'retired'
          ? `${label}在${year}年版中已停用${note}，请改用新科目`
          : `${label}不在${year}年科目表中，请核对`
    out.push({ kind, code, ...(name ? { name } : {}), status: s.status, ...(s.status === 'mapped' ? { to: s.to } : {}), uses: n, message })
  }
  return out
}

export function rollOver(prior: BudgetDocument, priorAnalysis: Analysis, targetYear: number, catalogs: RolloverCatalogs, options: RolloverOptions = {}): RolloverResult {
  const p = prior.data
  const priorYear = p.department.budgetYear
  if (targetYear !== priorYear + 1) return { ok: false, message: `上年文档是${priorYear}年的，只能结转为${priorYear + 1}年的文档（不是${targetYear}年）` }
  const continues = options.continues ?? defaultContinues
  const kept = p.projects.filter(continues).map((x) => ({ ...x, continuing: true }))
  const keptIds = new Set(kept.map((x) => x.id))
  const priorFigures = priorFiguresOf(priorAnalysis)
  const { approvalDate: _a, publicationDate: _p, ...department } = p.department
  const { asOf: _asOf, ...assets } = p.assets
  const overall = p.performance.overall
  const input: DocumentDataInput = {
    department: { ...department, budgetYear: targetYear },
    units: p.units,
    projects: kept,
    comparisons: comparisonsFrom(priorFigures),
    assets,
    overview: p.overview,
    otherNotes: p.otherNotes,
    overallFiling: { unitCount: 0, amount: '0.00', printAttachmentLine: p.overallFiling.printAttachmentLine },
    performance: {
      ...(overall ? { overall: { ...overall, filledAt: '' } } : {}),
      // 年度 goals and indicators stay as last year's wording for the officer to edit.
      projectForms: p.performance.projectForms.filter((f) => keptIds.has(f.projectId)).map((f) => ({ ...f, filledAt: '' })),
      indicatorLibrary: p.performance.indicatorLibrary,
    },
    settings: p.settings,
    priorYearLines: priorYearLinesOf(p.lines, (id) => keptIds.has(id), catalogs.target, catalogs.codeChanges),
  }
  const parsed = DocumentData.safeParse(input)
  if (!parsed.success) return { ok: false, message: `上年文档无法结转：${parsed.error.issues[0]?.message ?? ''}` }
  const document: BudgetDocument = {
    format: prior.format,
    schemaVersion: prior.schemaVersion,
    appVersion: options.appVersion ?? prior.appVersion,
    templateYear: options.templateYear ?? targetYear,
    savedAt: options.savedAt ?? '',
    data: parsed.data,
  }
  const report: RolloverReport = {
    keptProjects: kept.map((x) => ({ id: x.id, name: x.name })),
    droppedProjects: p.projects.filter((x) => !keptIds.has(x.id)).map((x) => ({ id: x.id, name: x.name })),
    priorFigures,
    codeChanges: codeChangesOf(prior, catalogs),
    notes: [
      `已按${priorYear}年预算数填入上年数，变动原因已清空，请按${targetYear}年情况填写`,
      '预算行、政府性基金及国有资本经营收入、政府采购、附件未结转，请录入或导入本年数据（上年预算行只用于核对本年金额的数量级）',
      '国有资产情况的截至日期已清空，请核对车辆、房屋和设备数据后填写',
      '延续项目的绩效目标表保留了上年内容（含年度目标和指标），请逐项修改为本年内容',
    ],
  }
  return { ok: true, document, report }
}
