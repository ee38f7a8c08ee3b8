// Wording choices of the 情况说明 (settings.wording): each left empty keeps the seeds' wording.
import { Col, Form, Row, Select } from 'antd'
import { Controller, type UseFormReturn } from 'react-hook-form'
import type { Settings } from '../../../../core/model/document-data'
import { fieldDomId } from '../../state/steps'
import { text } from '../../text/zh-CN'

type Choice = 'rateWord' | 'generalBudgetWord' | 'subject'

export function WordingOptions({ form }: { form: UseFormReturn<Settings> }) {
  const t = text.overview.wording
  const choices: { key: Choice; options: { value: string; label: string }[] }[] = [
    { key: 'rateWord', options: [{ value: '增长', label: t.rateGrowth }, { value: '增加', label: t.rateIncrease }] },
    { key: 'generalBudgetWord', options: [{ value: '当年支出', label: '一般公共预算当年支出' }, { value: '当年拨款', label: '一般公共预算当年拨款' }] },
    { key: 'subject', options: [{ value: 'department', label: t.subjectDepartment }, { value: 'department-units', label: t.subjectUnits }] },
  ]
  return (
    <Row gutter={16}>
      {choices.map(({ key, options }) => (
        <Col span={8} key={key}>
          <Form.Item label={t.labels[key]} help={t.help[key]}>
            <Controller
              control={form.control}
              name={`wording.${key}`}
              render={({ field }) => (
                <Select
                  id={fieldDomId(['settings', 'wording', key])}
                  data-testid={`wording-${key}`}
                  value={(field.value as string | undefined) ?? null}
                  placeholder={t.seedDefault}
                  allowClear
                  options={options}
                  onChange={(v: string | null | undefined) => field.onChange(v ?? undefined)}
                  style={{ minWidth: 200 }}
                />
              )}
            />
          </Form.Item>
        </Col>
      ))}
    </Row>
  )
}
