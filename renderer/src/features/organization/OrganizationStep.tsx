// Step 1 部门与单位: the department form and the grid of units.
import { Typography } from 'antd'
import { useCallback } from 'react'
import { UNIT_TYPE_LABELS } from '../../../../core/model/enums'
import type { Unit } from '../../../../core/model/organization'
import { EntryGrid } from '../../components/EntryGrid/EntryGrid'
import type { GridColumn } from '../../components/EntryGrid/grid-types'
import { useSession } from '../../state/session'
import { newId } from '../../state/draft'
import { fieldDomId } from '../../state/steps'
import { updateData } from '../../state/store'
import { text } from '../../text/zh-CN'
import { labelOptions } from '../shared/columns'
import { GRID_COMMANDS } from '../shared/commands'
import { useListFocus, useListMarks } from '../shared/grid-bindings'
import { StepPage } from '../shared/StepPage'
import { DepartmentForm } from './DepartmentForm'
import { TemplateYearNotice } from './TemplateYearNotice'

const TYPE_ALIASES = { 'civil-servant-managed': ['参照公务员法管理事业单位', '参公事业单位'], 'public-welfare-1': ['公益一类'], 'public-welfare-2': ['公益二类'], 'other-institution': ['事业单位'] }

const COLUMNS: GridColumn<Unit>[] = [
  { key: 'name', title: text.organization.unitName, aliases: ['单位', '名称'], width: 320, kind: 'text', required: true },
  { key: 'type', title: text.fields.type, aliases: ['单位性质', '类型'], width: 170, kind: 'enum', required: true, options: labelOptions(UNIT_TYPE_LABELS, TYPE_ALIASES) },
  { key: 'isHeadUnit', title: text.fields.isHeadUnit, aliases: ['本级'], width: 90, kind: 'boolean' },
  { key: 'code', title: text.organization.unitCode, aliases: ['单位编码', '统一社会信用代码'], width: 200, kind: 'text' },
]

/** Only one 本级 unit: marking a new one unmarks the old. */
function withOneHead(previous: readonly Unit[], next: Unit[]): Unit[] {
  const before = new Set(previous.filter((u) => u.isHeadUnit).map((u) => u.id))
  const added = next.find((u) => u.isHeadUnit && !before.has(u.id))
  return added ? next.map((u) => (u.id === added.id ? u : { ...u, isHeadUnit: false })) : next
}

export function OrganizationStep() {
  const { document } = useSession()
  const units = document.data.units
  const unitMarks = useListMarks('units')
  const focus = useListFocus('units')
  const newRow = useCallback((): Unit => ({ id: newId('u'), name: '', code: '', type: 'administrative', isHeadUnit: false }), [])
  const duplicate = useCallback((u: Unit): Unit => ({ ...u, id: newId('u'), isHeadUnit: false }), [])
  const onChange = useCallback((rows: Unit[]) => updateData((d) => ({ ...d, units: withOneHead(d.units, rows) })), [])
  return (
    <StepPage step="organization">
      <DepartmentForm value={document.data.department} />
      <TemplateYearNotice />
      <Typography.Title level={5} id={fieldDomId(['units'])}>
        {text.organization.unitsTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{text.organization.unitsHint}</Typography.Paragraph>
      <EntryGrid testId="units" rows={units} columns={COLUMNS} onChange={onChange} newRow={newRow} duplicate={duplicate} marks={unitMarks} focus={focus} height={220} commands={GRID_COMMANDS} />
    </StepPage>
  )
}
