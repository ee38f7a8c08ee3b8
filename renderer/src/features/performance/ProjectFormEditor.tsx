// One 项目支出绩效目标表: funding, goals, contacts (schema: ProjectForm) and its two indicator grids.
import { Button, Col, Form, Popconfirm, Row, Typography } from 'antd'
import { useCallback } from 'react'
import { ProjectForm, type Indicator } from '../../../../core/model/performance'
import type { LibraryEntry } from '../../../../core/performance/indicator-library'
import { defaultImplementationFunding, FUND_ROWS, projectFormAmounts } from '../../../../core/performance/amounts'
import { useSession } from '../../state/session'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { MoneyField, TextField } from '../shared/fields'
import { useSectionForm } from '../shared/use-section-form'
import { FormAmounts } from './FormAmounts'
import { IndicatorGrid } from './IndicatorGrid'
import { AddToLibraryButton } from './IndicatorLibraryParts'

function setForm(index: number, recipe: (f: ProjectForm) => ProjectForm | null, key?: string) {
  updateData((d) => {
    const forms = d.performance.projectForms
    const current = forms[index]
    if (!current) return d
    const next = recipe(current)
    const projectForms = next ? forms.map((f, i) => (i === index ? next : f)) : forms.filter((_, i) => i !== index)
    return { ...d, performance: { ...d.performance, projectForms } }
  }, key)
}

export function ProjectFormEditor({ index, projectName, library }: { index: number; projectName: string; library: readonly LibraryEntry[] }) {
  const { document, result } = useSession()
  const value = document.data.performance.projectForms[index] as ProjectForm
  const onChange = useCallback((next: ProjectForm) => setForm(index, (f) => ({ ...next, implementationIndicators: f.implementationIndicators, annualIndicators: f.annualIndicators }), `form-${index}`), [index])
  const form = useSectionForm<ProjectForm>(ProjectForm, value, onChange)
  const base = ['performance', 'projectForms', index]
  const findings = (result?.findings ?? []).filter((f) => f.location.path?.[0] === 'performance' && f.location.path[2] === index)
  const setIndicators = (key: 'implementationIndicators' | 'annualIndicators') => (next: Indicator[]) => setForm(index, (f) => ({ ...f, [key]: next }))
  const t = text.performance
  const derivation = result?.analysis?.derivation
  // 实施期 funding from the year's lines (a one-year or recurring project's 实施期 is its year).
  const fillFunding = () => derivation && setForm(index, (f) => ({ ...f, ...defaultImplementationFunding(projectFormAmounts(derivation, f.projectId)) }))
  return (
    <div className="project-form-editor" data-testid="project-form-editor">
      <div className="editor-title">
        <Typography.Title level={5}>{t.formTitle(projectName)}</Typography.Title>
        <Popconfirm title={t.deleteFormConfirm} onConfirm={() => setForm(index, () => null)} okText={text.common.delete} cancelText={text.common.cancel}>
          <Button danger size="small">
            {t.deleteForm}
          </Button>
        </Popconfirm>
      </div>
      {derivation && <FormAmounts derivation={derivation} projectId={value.projectId} />}
      <Form layout="vertical" className="section-form">
        <Row gutter={16}>
          <Col span={8}>
            <MoneyField form={form} name="implementationTotal" path={[...base, 'implementationTotal']} label={text.fields.implementationTotal} />
          </Col>
          <Col span={16}>
            <Form.Item label=" ">
              <Button onClick={fillFunding} disabled={!derivation} data-testid="fill-funding">
                {t.fillFunding}
              </Button>
            </Form.Item>
          </Col>
          {FUND_ROWS.map((row) => (
            <Col span={8} key={row}>
              <MoneyField form={form} name={`implementationSplit.${row}`} path={[...base, 'implementationSplit', row]} label={t.fundRows[row]} />
            </Col>
          ))}
          <Col span={24}>
            <TextField form={form} name="overview" path={[...base, 'overview']} label={t.overview} multiline={1} />
          </Col>
          <Col span={12}>
            <TextField form={form} name="implementationGoal" path={[...base, 'implementationGoal']} label={t.implementationGoal} multiline={2} />
          </Col>
          <Col span={12}>
            <TextField form={form} name="annualGoal" path={[...base, 'annualGoal']} label={t.annualGoal} multiline={2} required />
          </Col>
          <Col span={8}>
            <TextField form={form} name="owner" path={[...base, 'owner']} label={t.owner} />
          </Col>
          <Col span={8}>
            <TextField form={form} name="handler" path={[...base, 'handler']} label={t.handler} />
          </Col>
          <Col span={8}>
            <TextField form={form} name="phone" path={[...base, 'phone']} label={t.phone} />
          </Col>
        </Row>
      </Form>
      <Typography.Text strong>{t.implementationIndicators}</Typography.Text>
      <IndicatorGrid
        testId="implementation-indicators"
        indicators={value.implementationIndicators}
        onChange={setIndicators('implementationIndicators')}
        findings={findings}
        path={[...base, 'implementationIndicators']}
        library={library}
        toolbarExtra={<AddToLibraryButton indicators={value.implementationIndicators} library={library} testId="add-to-library-implementation" />}
      />
      <Typography.Text strong>{t.annualIndicators}</Typography.Text>
      <IndicatorGrid
        testId="annual-indicators"
        indicators={value.annualIndicators}
        onChange={setIndicators('annualIndicators')}
        findings={findings}
        path={[...base, 'annualIndicators']}
        library={library}
        toolbarExtra={<AddToLibraryButton indicators={value.annualIndicators} library={library} testId="add-to-library-annual" />}
      />
    </div>
  )
}
