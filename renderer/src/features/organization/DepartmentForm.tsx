// 部门: the name as printed, the plain name, code, level, 市/县 and dates (schema: Department).
import { Col, Form, Row } from 'antd'
import { memo, useCallback, useEffect, useRef } from 'react'
import { GOVERNMENT_LEVEL_LABELS } from '../../../../core/model/enums'
import { Department } from '../../../../core/model/organization'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { DateField, IntegerField, SelectField, TextField } from '../shared/fields'
import { useSectionForm } from '../shared/use-section-form'

type DepartmentValue = Department

// Memoised: step 1 repaints when the findings arrive or a unit changes; the form's fields depend
// only on the department (their own errors come from the form).
export const DepartmentForm = memo(function DepartmentForm({ value }: { value: DepartmentValue }) {
  const onChange = useCallback((next: DepartmentValue) => updateData((d) => ({ ...d, department: next }), 'department'), [])
  const form = useSectionForm<DepartmentValue>(Department, value, onChange)
  const t = text.organization
  // The plain name follows the printed name until the officer makes them differ.
  const previous = useRef(value.displayName)
  const displayName = form.watch('displayName')
  useEffect(() => {
    const plain = form.getValues('plainName')
    if (plain === '' || plain === previous.current) form.setValue('plainName', displayName, { shouldValidate: true })
    previous.current = displayName
  }, [displayName, form])
  return (
    <Form layout="vertical" className="section-form" data-testid="department-form">
      <Row gutter={16}>
        <Col span={12}>
          <TextField form={form} name="displayName" path={['department', 'displayName']} label={text.fields.displayName} help={t.displayNameHelp} required />
        </Col>
        <Col span={12}>
          <TextField form={form} name="plainName" path={['department', 'plainName']} label={text.fields.plainName} help={t.plainNameHelp} required />
        </Col>
        <Col span={6}>
          <TextField form={form} name="code" path={['department', 'code']} label={t.departmentCode} help={t.departmentCodeHelp} required />
        </Col>
        <Col span={6}>
          <SelectField form={form} name="level" path={['department', 'level']} label={text.fields.level} options={Object.entries(GOVERNMENT_LEVEL_LABELS).map(([value, label]) => ({ value, label }))} required />
        </Col>
        <Col span={6}>
          <TextField form={form} name="regionName" path={['department', 'regionName']} label={text.fields.regionName} help={t.regionHelp} required />
        </Col>
        <Col span={6}>
          <IntegerField form={form} name="budgetYear" path={['department', 'budgetYear']} label={text.fields.budgetYear} min={2000} max={2100} required />
        </Col>
        <Col span={6}>
          <DateField form={form} name="approvalDate" path={['department', 'approvalDate']} label={text.fields.approvalDate} />
        </Col>
        <Col span={6}>
          <DateField form={form} name="publicationDate" path={['department', 'publicationDate']} label={text.fields.publicationDate} />
        </Col>
      </Row>
    </Form>
  )
})
