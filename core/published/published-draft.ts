// Last year's published disclosure → the draft of the new year, shaped like core/rollover's result:
// the department (next budget year), units with their printed types, 概况 text, every prior-year
// comparison figure as printed (reasons empty), and the projects that run on with last year's
// form texts and indicators as suggestions. Amounts of last year never become this year's: no
// lines, no form amounts, and a 成本指标 stated in 元/万元 keeps its name but not its value.
// The officer confirms per block; a block left out stays empty in the draft.
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, type BudgetDocument } from '../document/envelope'
import { fenToYuanString, FEN_PER_WAN_CENT } from '../money/money'
import { DocumentData, type DocumentDataInput } from '../model/document-data'
import { Comparisons, type Comparison } from '../model/disclosure-inputs'
import { UNIT_TYPE_LABELS as UNIT_TYPE_NAMES, type UnitType } from '../model/enums'
import type { Indicator, ProjectForm } from '../model/performance'
import type { Project } from '../model/budget'
import { defaultContinues, type PriorFigure } from '../rollover/rollover'
import type { FoundFigure, PublishedFigureId } from './read-figures'
import { plainNameOf } from './read-organization'
import type { PrintedForm } from './read-projects'
import type { PublishedReading } from './read-published'
import { formatWan } from './text-lines'

export const DRAFT_BLOCKS = ['organization', 'overview', 'comparisons', 'projects'] as const
export type DraftBlock = (typeof DRAFT_BLOCKS)[number]
export const DRAFT_BLOCK_LABELS: Record<DraftBlock, string> = {
  organization: '部门和单位',
  overview: '职责和机构设置',
  comparisons: '上年预算数（比较用）',
  projects: '延续项目和绩效目标建议',
}

export interface DraftItem {
  label: string
  value: string
  where?: string
  /** Not printed: the officer must check it. */
  needsCheck?: boolean
}

export interface DraftSection {
  block: DraftBlock
  title: string
  items: DraftItem[]
}

export interface PublishedDraftReport {
  sourceYear: number
  targetYear: number
  sections: DraftSection[]
  priorFigures: PriorFigure[]
  droppedProjects: string[]
  contradictions: { message: string; where: string[] }[]
  missing: string[]
  notes: string[]
}

export interface PublishedDraftOptions {
  /** Blocks to apply; all by default. 部门和单位 is always applied (a document needs them). */
  blocks?: readonly DraftBlock[]
  templateYear?: number
  appVersion?: string
  savedAt?: string
}

export type PublishedDraftResult = { ok: true; document: BudgetDocument; report: PublishedDraftReport } | { ok: false; message: string }

const COMPARED: PublishedFigureId[] = ['incomeTotal', 'expenditureTotal', 'generalBudgetCurrent', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation', 'officeOperation']
const toYuan = (f: FoundFigure) => fenToYuanString(f.value * FEN_PER_WAN_CENT)

interface DraftUnit {
  id: string
  name: string
  type: UnitType
  typePrinted: boolean
  isHeadUnit: boolean
  where?: string
  /** Where the type was stated when not in the unit list (八). */
  typeWhere?: string
}

function unitsOf(r: PublishedReading, plainName: string): DraftUnit[] {
  const o = r.organization
  const stated = (name: string) => o.statedTypes.find((s) => s.name === name)
  const names: { name: string; where?: string }[] = o.units.length > 0 ? o.units.map((u) => ({ name: u.name, where: u.where.text })) : r.projects.unitRows.map((u) => ({ name: u.name, where: u.where.text }))
  if (names.length === 0) names.push({ name: plainName })
  const headName = o.units.find((u) => u.isHeadUnit)?.name ?? names.find((n) => n.name === plainName)?.name ?? names[0]?.name
  return names.map((n, i) => {
    const listed = o.units.find((u) => u.name === n.name)
    const printed = listed?.type ?? stated(n.name)?.type
    const typeWhere = listed ? undefined : stated(n.name)?.where.text
    // Not printed: 行政单位 for the 本级 unit, 其他事业单位 otherwise, flagged for the officer.
    const type: UnitType = printed ?? (n.name === headName ? 'administrative' : 'other-institution')
    return { id: `u${i + 1}`, name: n.name, type, typePrinted: printed !== undefined, isHeadUnit: n.name === headName, ...(n.where ? { where: n.where } : {}), ...(typeWhere ? { typeWhere } : {}) }
  })
}

/** A 成本指标 stated as money is last year's amount: the value is left for the officer. */
function suggestion(i: Indicator): Indicator {
  if (i.level2 === 'cost' && /元/.test(i.value.unit)) return { ...i, value: { comparator: i.value.comparator, value: '', unit: i.value.unit } }
  return i
}

export function draftFromPublished(r: PublishedReading, targetYear: number, options: PublishedDraftOptions = {}): PublishedDraftResult {
  if (targetYear !== r.year + 1) return { ok: false, message: `上年公开文件是${r.year}年的，只能生成${r.year + 1}年的草稿（不是${targetYear}年）` }
  const blocks = new Set<DraftBlock>(options.blocks ?? DRAFT_BLOCKS)
  blocks.add('organization')
  const o = r.organization
  const displayName = o.displayName?.text ?? ''
  if (!displayName) return { ok: false, message: '未能读取部门名称，无法生成草稿' }
  const plainName = plainNameOf(displayName)
  const units = unitsOf(r, plainName)
  const unitId = (name: string) => units.find((u) => u.name === name)?.id ?? units.find((u) => u.isHeadUnit)?.id ?? 'u1'
  const regionName = o.regionName?.text ?? /^(.+?[市县区])/.exec(plainName)?.[1] ?? plainName
  const level = o.level ?? 'county'

  const figure = (id: PublishedFigureId) => r.figures.find((f) => f.id === id)
  const cmp = (id: PublishedFigureId): Comparison => {
    const f = figure(id)
    return f && blocks.has('comparisons') ? { prior: toYuan(f) } : {}
  }
  const priorFigures: PriorFigure[] = COMPARED.flatMap((id) => {
    const f = figure(id)
    return f ? [{ id: id as PriorFigure['id'], label: f.label, prior: toYuan(f) }] : []
  })

  // Two projects may share a name (000: 专家劳务费用): forms are matched in printed order.
  const forms = new Map<string, PrintedForm[]>()
  for (const f of r.projects.forms) forms.set(f.name, [...(forms.get(f.name) ?? []), f])
  const projects: Project[] = []
  const projectForms: ProjectForm[] = []
  const dropped: string[] = []
  const projectItems: DraftItem[] = []
  r.projects.projects.forEach((p, i) => {
    const form = forms.get(p.name)?.shift()
    const project: Project = {
      id: `p${String(i + 1).padStart(3, '0')}`,
      unitId: unitId(form?.unitName ?? p.unitName),
      name: p.name,
      category: 'targeted',
      attribute: form?.attribute ?? 'recurring',
      durationYears: form?.durationYears !== undefined && form.durationYears >= 1 && form.durationYears <= 99 ? form.durationYears : form?.attribute === 'one-off' ? 1 : 99,
      continuing: true,
      classified: false,
    }
    if (form?.attribute !== undefined && !defaultContinues(project)) {
      dropped.push(p.name)
      return
    }
    projects.push(project)
    projectItems.push({ label: p.name, value: `上年${formatWan(p.amount)}万元（仅供参考，不作本年金额）${form ? `，指标${form.annualIndicators.length}项` : '，未找到绩效目标表'}`, where: p.where.text, needsCheck: form?.attribute === undefined })
    if (form) {
      projectForms.push({
        projectId: project.id,
        overview: form.texts.overview ?? '',
        basis: form.texts.basis ?? '',
        necessity: form.texts.necessity ?? '',
        measures: form.texts.measures ?? '',
        plan: form.texts.plan ?? '',
        implementationGoal: form.texts.implementationGoal ?? '',
        annualGoal: form.texts.annualGoal ?? '',
        implementationIndicators: form.implementationIndicators.map(suggestion),
        annualIndicators: form.annualIndicators.map(suggestion),
        owner: '',
        handler: '',
        phone: '',
        filledAt: '',
      })
    }
  })
  const withProjects = blocks.has('projects')

  const input: DocumentDataInput = {
    department: { displayName, plainName, code: o.code?.text ?? '000', level, regionName, budgetYear: targetYear },
    units: units.map((u) => ({ id: u.id, name: u.name, code: '', type: u.type, isHeadUnit: u.isHeadUnit })),
    projects: withProjects ? projects : [],
    comparisons: {
      incomeTotal: cmp('incomeTotal'),
      expenditureTotal: cmp('expenditureTotal'),
      generalBudgetCurrent: cmp('generalBudgetCurrent'),
      threePublic: { abroad: cmp('abroad'), reception: cmp('reception'), vehiclePurchase: cmp('vehiclePurchase'), vehicleOperation: cmp('vehicleOperation') },
      officeOperation: cmp('officeOperation'),
    },
    overview: blocks.has('overview') ? { duties: o.duties?.text ?? '', organization: o.organization?.text ?? '' } : { duties: '', organization: '' },
    performance: { projectForms: withProjects ? projectForms : [], indicatorLibrary: [] },
    settings: { roundingFootnote: r.roundingFootnote },
  }
  const parsed = DocumentData.safeParse(input)
  if (!parsed.success) return { ok: false, message: `草稿无法生成：${parsed.error.issues[0]?.message ?? ''}` }
  const document: BudgetDocument = {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: options.appVersion ?? '',
    templateYear: options.templateYear ?? targetYear,
    savedAt: options.savedAt ?? '',
    data: parsed.data,
  }
  const organizationItems: DraftItem[] = [
    { label: '部门名称', value: displayName, ...(o.displayName?.where ? { where: o.displayName.where.text } : {}) },
    { label: '主管部门代码', value: o.code?.text ?? '未读取（暂填000）', ...(o.code?.where ? { where: o.code.where.text } : {}), needsCheck: !o.code },
    { label: '市/县及级次', value: `${regionName}（${level === 'city' ? '市级' : '县级'}）`, ...(o.regionName?.where ? { where: o.regionName.where.text } : {}), needsCheck: !o.regionName },
    ...units.map((u) => ({
      label: `单位：${u.name}${u.isHeadUnit ? '（本级）' : ''}`,
      value: u.typePrinted ? `${UNIT_TYPE_NAMES[u.type]}${u.typeWhere ? `（性质见${u.typeWhere}）` : ''}` : `${UNIT_TYPE_NAMES[u.type]}（未印出单位性质，请核对）`,
      ...(u.where ? { where: u.where } : {}),
      needsCheck: !u.typePrinted,
    })),
  ]
  const short = (t: string) => (t.length > 60 ? `${t.slice(0, 60)}…（共${t.length}字）` : t || '（空）')
  const sections: DraftSection[] = [
    { block: 'organization', title: DRAFT_BLOCK_LABELS.organization, items: organizationItems },
    {
      block: 'overview',
      title: DRAFT_BLOCK_LABELS.overview,
      items: [
        { label: '一、本部门职责', value: short(o.duties?.text ?? ''), ...(o.duties?.where ? { where: o.duties.where.text } : {}), needsCheck: !o.duties },
        { label: '二、机构设置情况', value: short(o.organization?.text ?? ''), ...(o.organization?.where ? { where: o.organization.where.text } : {}), needsCheck: !o.organization },
      ],
    },
    { block: 'comparisons', title: DRAFT_BLOCK_LABELS.comparisons, items: r.figures.map((f) => ({ label: f.label, value: `${formatWan(f.value)}万元${COMPARED.includes(f.id) ? '' : '（仅供核对）'}`, where: f.where.text })) },
    { block: 'projects', title: DRAFT_BLOCK_LABELS.projects, items: projectItems },
  ]
  const report: PublishedDraftReport = {
    sourceYear: r.year,
    targetYear,
    sections,
    priorFigures,
    droppedProjects: dropped,
    contradictions: r.contradictions.map((c) => ({ message: c.message, where: c.where.map((w) => w.text) })),
    missing: r.missing,
    notes: [
      `已按${r.year}年公开文件填入上年预算数，变动原因请按${targetYear}年情况填写`,
      '预算行、收入、政府采购、国有资产和附件未从公开文件生成，请录入或导入本年数据',
      '项目类别（其他运转类/特定目标类）公开文件未逐项印出，已暂按特定目标类，请逐项核对',
      '延续项目的绩效目标表保留了上年内容（含年度目标和指标），以金额表示的成本指标值已清空，请逐项修改为本年内容',
    ],
  }
  return { ok: true, document, report }
}

/**
 * The draft with only the confirmed blocks: a block the officer left out is emptied (the prior-year
 * figures, 概况 text, or the projects with their forms). 部门和单位 always stay.
 */
export function keepBlocks(document: BudgetDocument, blocks: readonly DraftBlock[]): BudgetDocument {
  const keep = new Set(blocks)
  const d = document.data
  return {
    ...document,
    data: {
      ...d,
      comparisons: keep.has('comparisons') ? d.comparisons : Comparisons.parse({}),
      overview: keep.has('overview') ? d.overview : { duties: '', organization: '' },
      projects: keep.has('projects') ? d.projects : [],
      performance: keep.has('projects') ? d.performance : { ...d.performance, projectForms: [] },
    },
  }
}
