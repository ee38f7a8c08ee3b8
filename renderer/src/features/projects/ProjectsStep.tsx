// Step 4 项目支出: the projects (with their 当年 and 上年结转 totals from the lines) and the project
// lines, all or one project at a time.
import { Select, Space, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { PROJECT_ATTRIBUTE_LABELS, PROJECT_CATEGORY_LABELS } from '../../../../core/model/enums'
import type { BudgetLine, Project } from '../../../../core/model/budget'
import { parseYuan } from '../../../../core/money/money'
import { EntryGrid } from '../../components/EntryGrid/EntryGrid'
import type { GridColumn } from '../../components/EntryGrid/grid-types'
import { useSession } from '../../state/session'
import { newId, replaceSubset } from '../../state/draft'
import { fieldDomId } from '../../state/steps'
import { updateData } from '../../state/store'
import { useDocumentCatalog, useLineWriter } from '../../state/use-document-catalog'
import { text } from '../../text/zh-CN'
import { labelOptions, unitColumn } from '../shared/columns'
import { GRID_COMMANDS } from '../shared/commands'
import { useListFocus, useListMarks } from '../shared/grid-bindings'
import { projectLineColumns } from '../shared/line-columns'
import { StepPage } from '../shared/StepPage'
import { lineSubtotals, yuanAndWan, yuanText } from '../shared/sums'
import { Totals } from '../shared/Totals'

const CATEGORY_ALIASES = { operating: ['运转类', '其他运转'], targeted: ['特定目标'] }
const ATTRIBUTE_ALIASES = { 'one-off': ['一次性', '一次性项目'], recurring: ['经常性', '经常性项目'], phased: ['延续性', '延续性项目'] }

function projectAmounts(lines: readonly BudgetLine[]) {
  const out = new Map<string, { current: number; carryover: number }>()
  for (const l of lines) {
    if (!l.projectId) continue
    const r = parseYuan(l.amount)
    if (!r.ok) continue
    const a = out.get(l.projectId) ?? { current: 0, carryover: 0 }
    a[l.period === 'carryover' ? 'carryover' : 'current'] += r.fen
    out.set(l.projectId, a)
  }
  return out
}

function ProjectsGrid() {
  const { document } = useSession()
  const { projects, units, lines } = document.data
  const amounts = useMemo(() => projectAmounts(lines), [lines])
  const marks = useListMarks('projects')
  const focus = useListFocus('projects')
  const t = text.projects
  const columns = useMemo<GridColumn<Project>[]>(
    () => [
      { key: 'name', title: t.name, aliases: ['项目', '名称'], width: 280, kind: 'text', required: true },
      unitColumn<Project>(units, 170),
      { key: 'category', title: text.fields.category, aliases: ['项目类别'], width: 110, kind: 'enum', required: true, options: labelOptions(PROJECT_CATEGORY_LABELS, CATEGORY_ALIASES) },
      { key: 'attribute', title: text.fields.attribute, width: 190, kind: 'enum', options: labelOptions(PROJECT_ATTRIBUTE_LABELS, ATTRIBUTE_ALIASES) },
      { key: 'durationYears', title: text.fields.durationYears, aliases: ['项目期'], width: 100, kind: 'integer' },
      { key: 'continuing', title: text.fields.continuing, width: 86, kind: 'boolean' },
      { key: 'classified', title: text.fields.classified, width: 66, kind: 'boolean' },
      { key: 'current', title: t.current, width: 140, kind: 'text', readOnly: true, align: 'right', display: (p) => yuanText(amounts.get(p.id)?.current ?? 0) },
      { key: 'carryover', title: t.carryover, width: 130, kind: 'text', readOnly: true, align: 'right', display: (p) => yuanText(amounts.get(p.id)?.carryover ?? 0) },
    ],
    [units, amounts, t],
  )
  const defaultUnit = (units.find((u) => u.isHeadUnit) ?? units[0])?.id ?? ''
  const newRow = useCallback((): Project => ({ id: newId('p'), unitId: defaultUnit, name: '', category: 'targeted', attribute: 'recurring', durationYears: 1, continuing: false, classified: false }), [defaultUnit])
  const duplicate = useCallback((p: Project): Project => ({ ...p, id: newId('p'), name: `${p.name}` }), [])
  const onChange = useCallback(
    (next: Project[]) =>
      updateData((d) => {
        // A project's lines follow it to another unit.
        const unitOf = new Map(next.map((p) => [p.id, p.unitId]))
        const moved = d.lines.some((l) => l.projectId !== undefined && unitOf.has(l.projectId) && unitOf.get(l.projectId) !== l.unitId)
        const lines = moved ? d.lines.map((l) => (l.projectId !== undefined && unitOf.has(l.projectId) ? { ...l, unitId: unitOf.get(l.projectId) as string } : l)) : d.lines
        return { ...d, projects: next, lines }
      }),
    [],
  )
  return <EntryGrid testId="projects" rows={projects} columns={columns} onChange={onChange} newRow={newRow} duplicate={duplicate} marks={marks} focus={focus} height={220} commands={GRID_COMMANDS} />
}

function ProjectLinesGrid() {
  const { document } = useSession()
  const { projects, units, lines } = document.data
  const [filter, setFilter] = useState<string>('all')
  const member = useCallback((l: BudgetLine) => l.kind === 'project' && (filter === 'all' || l.projectId === filter), [filter])
  const rows = useMemo(() => lines.filter(member), [lines, member])
  const catalog = useDocumentCatalog()
  const columns = useMemo(() => projectLineColumns(projects, units, catalog), [projects, units, catalog])
  const marks = useListMarks('lines')
  const focus = useListFocus('lines')
  // A finding may point at a line of a project that is filtered out.
  useEffect(() => {
    if (focus) setFilter('all')
  }, [focus])
  const first = filter !== 'all' ? projects.find((p) => p.id === filter) : projects[0]
  const newRow = useCallback(
    (): BudgetLine => ({ id: newId('l'), unitId: first?.unitId ?? units[0]?.id ?? '', projectId: first?.id ?? '', functionCode: '', kind: 'project', economicCode: '', source: 'general', period: 'current', amount: '' }),
    [first, units],
  )
  const duplicate = useCallback((l: BudgetLine): BudgetLine => ({ ...l, id: newId('l') }), [])
  const onChange = useLineWriter(useCallback((all: readonly BudgetLine[], next: BudgetLine[]) => replaceSubset(all, member, next), [member]))
  const s = lineSubtotals(rows)
  const t = text.lines
  const filterControl = (
    <Space size={4}>
      <span>{text.projects.filter}</span>
      <Select size="small" value={filter} onChange={setFilter} style={{ minWidth: 220 }} options={[{ value: 'all', label: text.projects.allProjects }, ...projects.map((p, i) => ({ value: p.id, label: p.name || text.projects.unnamed(i + 1) }))]} data-testid="project-filter" />
    </Space>
  )
  return (
    <EntryGrid
      testId="project-lines"
      rows={rows}
      columns={columns}
      onChange={onChange}
      newRow={newRow}
      duplicate={duplicate}
      marks={marks}
      focus={focus}
      height={360}
      commands={GRID_COMMANDS}
      toolbarExtra={filterControl}
      footer={
        <Totals
          testId="project-totals"
          items={[
            { label: t.total, value: yuanAndWan(s.total) },
            { label: t.current, value: yuanAndWan(s.current) },
            { label: t.carryover, value: yuanAndWan(s.carryover) },
            ...(s.invalid > 0 ? [{ label: '', value: t.invalid(s.invalid), tone: 'bad' as const }] : []),
          ]}
        />
      }
    />
  )
}

export function ProjectsStep() {
  const t = text.projects
  return (
    <StepPage step="projects">
      <Typography.Title level={5} id={fieldDomId(['projects'])}>
        {t.listTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.listHint}</Typography.Paragraph>
      <ProjectsGrid />
      <Typography.Title level={5} id={fieldDomId(['lines'])}>
        {t.linesTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.linesHint}</Typography.Paragraph>
      <ProjectLinesGrid />
    </StepPage>
  )
}
