// Step 7 绩效目标: the 整体绩效 filing (section 十) and one 项目支出绩效目标表 per project with money.
import { Button, Col, Form, Row, Space, Table, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { z } from 'zod'
import { OverallFiling } from '../../../../core/model/disclosure-inputs'
import { ProjectForm, type Indicator, type Level1, type Level2 } from '../../../../core/model/performance'
import { defaultImplementationFunding, projectFormAmounts } from '../../../../core/performance/amounts'
import { formProjects } from '../../../../core/performance/form-order'
import { useIndicatorLibrary } from '../../state/indicator-library'
import { useSession } from '../../state/session'
import { updateData, useEditor } from '../../state/store'
import { text } from '../../text/zh-CN'
import { IntegerField, MoneyField, SwitchField } from '../shared/fields'
import { StepPage } from '../shared/StepPage'
import { yuanText } from '../shared/sums'
import { useSectionForm } from '../shared/use-section-form'
import { CopyFromPrior, CopyFromProject } from './CopyForms'
import { MyIndicatorLibrary } from './IndicatorLibraryParts'
import { OverallFormEditor } from './OverallFormEditor'
import { ProjectFormEditor } from './ProjectFormEditor'
import type { Derivation } from '../../../../core/calc/derive'

const SKELETON: [Level1, Level2][] = [
  ['output', 'quantity'],
  ['benefit', 'social'],
  ['satisfaction', 'beneficiary-satisfaction'],
]
type OverallFilingValue = z.infer<typeof OverallFiling>
const skeleton = (): Indicator[] => SKELETON.map(([level1, level2]) => ({ level1, level2, name: '', value: { comparator: '', value: '', unit: '' } }))

/** A new form: 实施期 funding defaults to the year's amounts; one empty indicator per 一级指标. */
function newForm(derivation: Derivation, projectId: string): ProjectForm {
  return ProjectForm.parse({ projectId, ...defaultImplementationFunding(projectFormAmounts(derivation, projectId)), implementationIndicators: skeleton(), annualIndicators: skeleton() })
}

function OverallFilingForm() {
  const { document } = useSession()
  const onChange = useCallback((next: OverallFilingValue) => updateData((d) => ({ ...d, overallFiling: next }), 'overallFiling'), [])
  const form = useSectionForm<OverallFilingValue>(OverallFiling, document.data.overallFiling, onChange)
  const t = text.performance
  return (
    <Form layout="vertical" className="section-form">
      <Row gutter={16}>
        <Col span={8}>
          <IntegerField form={form} name="unitCount" path={['overallFiling', 'unitCount']} label={t.overallUnits} optional />
        </Col>
        <Col span={8}>
          <MoneyField form={form} name="amount" path={['overallFiling', 'amount']} label={t.overallAmount} />
        </Col>
        <Col span={8}>
          <SwitchField form={form} name="printAttachmentLine" path={['overallFiling', 'printAttachmentLine']} label={t.attachmentLine} />
        </Col>
      </Row>
    </Form>
  )
}

export function PerformanceStep() {
  const { document, result } = useSession()
  const derivation = result?.analysis?.derivation
  const forms = document.data.performance.projectForms
  const userLibrary = document.data.performance.indicatorLibrary
  const library = useIndicatorLibrary(document.templateYear, userLibrary)
  const projects = useMemo(() => (derivation ? formProjects(derivation).map((f) => f.project) : []), [derivation])
  const [selected, setSelected] = useState<string | null>(null)
  const focus = useEditor((s) => s.focus)
  // A finding about a project (P01) or a form (F…) selects that form.
  useEffect(() => {
    const p = focus?.path
    if (!p) return
    if (p[0] === 'projects' && typeof p[1] === 'number') setSelected(document.data.projects[p[1]]?.id ?? null)
    if (p[0] === 'performance' && p[1] === 'projectForms' && typeof p[2] === 'number') setSelected(forms[p[2]]?.projectId ?? null)
  }, [focus])
  const missing = projects.filter((p) => !forms.some((f) => f.projectId === p.id))
  const createMissing = () => {
    if (!derivation) return
    updateData((d) => ({ ...d, performance: { ...d.performance, projectForms: [...d.performance.projectForms, ...missing.map((p) => newForm(derivation, p.id))] } }))
  }
  const t = text.performance
  const selectedIndex = forms.findIndex((f) => f.projectId === selected)
  const amount = (id: string) => (derivation ? projectFormAmounts(derivation, id).total : 0)
  return (
    <StepPage step="performance">
      <Typography.Title level={5}>{t.overallTitle}</Typography.Title>
      <OverallFilingForm />
      <OverallFormEditor library={library.entries} />
      <div className="editor-title">
        <Typography.Title level={5}>{t.projectsTitle}</Typography.Title>
        <Space wrap>
          <CopyFromPrior />
          <Button type="primary" disabled={missing.length === 0 || !derivation} onClick={createMissing} data-testid="create-forms">
            {t.createMissing(missing.length)}
          </Button>
        </Space>
      </div>
      <MyIndicatorLibrary user={userLibrary} error={library.error} />
      <Table
        size="small"
        rowKey={(p) => p.id}
        dataSource={projects}
        pagination={false}
        scroll={{ y: 240 }}
        data-testid="form-projects"
        rowClassName={(p) => (p.id === selected ? 'row-selected' : '')}
        onRow={(p) => ({ onClick: () => setSelected(p.id) })}
        columns={[
          {
            title: text.projects.name,
            // A button, so the form is chosen by keyboard as well (Tab, Enter).
            render: (_, p) => (
              <Button type="link" size="small" className="form-project-pick" onClick={() => setSelected(p.id)} aria-pressed={p.id === selected} data-testid={`form-project-${p.id}`}>
                {p.name}
              </Button>
            ),
          },
          { title: t.yearAmount, align: 'right', width: 180, render: (_, p) => yuanText(amount(p.id)) },
          { title: t.status, width: 140, render: (_, p) => (forms.some((f) => f.projectId === p.id) ? <Tag color="green">{t.hasForm}</Tag> : <Tag color="red">{t.noForm}</Tag>) },
        ]}
      />
      {selected && derivation && <CopyFromProject key={`copy-${selected}`} derivation={derivation} targetId={selected} exists={selectedIndex >= 0} />}
      {selectedIndex >= 0 && <ProjectFormEditor key={selected} index={selectedIndex} projectName={document.data.projects.find((p) => p.id === selected)?.name ?? ''} library={library.entries} />}
    </StepPage>
  )
}
