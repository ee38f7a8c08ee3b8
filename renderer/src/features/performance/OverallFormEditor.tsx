// 部门（单位）整体支出绩效目标申报表 (schema: OverallForm), with the fields of the year's layout
// (2026 grid or the 2025 county layout), its 年度重点任务 and its indicators.
import { Button, Col, Form, Popconfirm, Row, Typography } from 'antd'
import { useCallback, useMemo } from 'react'
import type { z } from 'zod'
import { KeyTask, OverallForm, type Indicator } from '../../../../core/model/performance'
import type { LibraryEntry } from '../../../../core/performance/indicator-library'
import { layoutFor } from '../../../../core/performance/layouts'
import { EntryGrid } from '../../components/EntryGrid/EntryGrid'
import type { GridColumn } from '../../components/EntryGrid/grid-types'
import { useSession } from '../../state/session'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { GRID_COMMANDS } from '../shared/commands'
import { IntegerField, MoneyField, TextField } from '../shared/fields'
import { useSectionForm } from '../shared/use-section-form'
import { IndicatorGrid } from './IndicatorGrid'
import { AddToLibraryButton } from './IndicatorLibraryParts'

type TaskRow = z.infer<typeof KeyTask> & { id: string }
type Overall = OverallForm

const BASE = ['performance', 'overall']
const TASK_COLUMNS: GridColumn<TaskRow>[] = [
  { key: 'coreFunction', title: text.overallForm.coreFunction, width: 300, kind: 'text' },
  { key: 'tasks', title: text.overallForm.tasks, width: 520, kind: 'text' },
]

function setOverall(recipe: (f: Overall | undefined) => Overall | undefined, key?: string) {
  updateData((d) => {
    const next = recipe(d.performance.overall)
    const performance = { ...d.performance }
    if (next) performance.overall = next
    else delete performance.overall
    return { ...d, performance }
  }, key)
}

function Editor({ value, layout, library }: { value: Overall; layout: '2025' | '2026'; library: readonly LibraryEntry[] }) {
  const { result } = useSession()
  const onChange = useCallback((next: Overall) => setOverall((f) => ({ ...next, keyTasks: f?.keyTasks ?? [], indicators: f?.indicators ?? [] }), 'overall'), [])
  const form = useSectionForm<Overall>(OverallForm, value, onChange)
  const tasks = useMemo(() => value.keyTasks.map((k, i): TaskRow => ({ ...k, id: `task-${i}` })), [value.keyTasks])
  const findings = (result?.findings ?? []).filter((f) => f.location.path?.[1] === 'overall')
  const t = text.overallForm
  const count = (name: keyof Overall, label: string) => <IntegerField form={form} name={name} path={[...BASE, name]} label={label} optional />
  const area = (name: keyof Overall, label: string, rows = 2) => <TextField form={form} name={name} path={[...BASE, name]} label={label} multiline={rows} />
  return (
    <Form layout="vertical" className="section-form" data-testid="overall-form">
      <Row gutter={16}>
        <Col span={6}>{count('internalDepartments', layout === '2026' ? t.internalDepartments2026 : t.internalDepartments2025)}</Col>
        <Col span={6}>{count('staffQuota', layout === '2026' ? t.staffQuota2026 : t.staffQuota2025)}</Col>
        <Col span={6}>{layout === '2026' ? count('staffActual', t.staffActual) : count('staffOnPayroll', t.staffOnPayroll)}</Col>
        <Col span={6}>{layout === '2026' ? count('staffOther', t.staffOther) : count('directUnits', t.directUnits)}</Col>
      </Row>
      {layout === '2026' && area('duties', t.duties)}
      {area('strategicGoal', layout === '2026' ? t.strategicGoal2026 : t.strategicGoal2025)}
      {area('annualGoal', t.annualGoal)}
      {layout === '2026' ? (
        <>
          <Typography.Text strong>{t.keyTasks}</Typography.Text>
          <EntryGrid
            testId="key-tasks"
            rows={tasks}
            columns={TASK_COLUMNS}
            onChange={(next) => setOverall((f) => (f ? { ...f, keyTasks: next.map(({ id: _id, ...k }) => k) } : f))}
            newRow={() => ({ id: `task-${tasks.length}`, coreFunction: '', tasks: '' })}
            duplicate={(r) => ({ ...r, id: `task-${tasks.length}` })}
            height={200}
            commands={GRID_COMMANDS}
          />
          {area('completedLastYear', t.completedLastYear)}
        </>
      ) : (
        <>
          {area('dutyTasks', t.dutyTasks)}
          {area('dutyEffects', t.dutyEffects)}
          <Row gutter={16}>
            <Col span={8}>
              <MoneyField form={form} name="priorYearBasic" path={[...BASE, 'priorYearBasic']} label={t.priorYearBasic} />
            </Col>
            <Col span={8}>
              <MoneyField form={form} name="priorYearProject" path={[...BASE, 'priorYearProject']} label={t.priorYearProject} />
            </Col>
          </Row>
        </>
      )}
      <Typography.Text strong>{t.indicators}</Typography.Text>
      <IndicatorGrid
        testId="overall-indicators"
        indicators={value.indicators}
        onChange={(next: Indicator[]) => setOverall((f) => (f ? { ...f, indicators: next } : f))}
        findings={findings}
        path={[...BASE, 'indicators']}
        library={library}
        toolbarExtra={<AddToLibraryButton indicators={value.indicators} library={library} testId="add-to-library-overall" />}
      />
      {area('measures', t.measures)}
      <Row gutter={16}>
        <Col span={12}>
          <TextField form={form} name="filledBy" path={[...BASE, 'filledBy']} label={t.filledBy} />
        </Col>
        <Col span={12}>
          <TextField form={form} name="filledAt" path={[...BASE, 'filledAt']} label={t.filledAt} />
        </Col>
      </Row>
    </Form>
  )
}

export function OverallFormEditor({ library }: { library: readonly LibraryEntry[] }) {
  const { document } = useSession()
  const overall = document.data.performance.overall
  const layout = layoutFor(document.data.department.budgetYear)
  const t = text.overallForm
  return (
    <div id="field-performance-overall">
      <div className="editor-title">
        <Typography.Title level={5}>{t.title}</Typography.Title>
        {overall ? (
          <Popconfirm title={t.deleteConfirm} onConfirm={() => setOverall(() => undefined)} okText={text.common.delete} cancelText={text.common.cancel}>
            <Button danger size="small">
              {t.delete}
            </Button>
          </Popconfirm>
        ) : (
          <Button onClick={() => setOverall(() => OverallForm.parse({}))} data-testid="create-overall">
            {t.create}
          </Button>
        )}
      </div>
      {overall && <Editor value={overall} layout={layout} library={library} />}
    </div>
  )
}
