// Row commands and the 元/万元 switch above a grid. Memoised: it repaints when the row count, the
// selection's size or the unit changes, not on every edit; the commands reach the current
// controller through `actions`.
import { Button, Segmented, Space, Tooltip } from 'antd'
import { memo, type ReactNode } from 'react'
import { text } from '../../text/zh-CN'
import type { MoneyUnit } from '../paste/money-text'
import { setMoneyUnit } from './money-unit'

export interface ToolbarActions {
  addRow: () => void
  duplicateSelected: () => void
  removeRows: () => void
}

interface Props {
  rowCount: number
  selectedRows: number
  hasMoney: boolean
  unit: MoneyUnit
  extra?: ReactNode
  actions: { current: ToolbarActions }
}

export const GridToolbar = memo(function GridToolbar({ rowCount, selectedRows, hasMoney, unit, extra, actions }: Props) {
  return (
    <div className="grid-toolbar">
      <Space wrap>
        <Button size="small" onClick={() => actions.current.addRow()} data-testid="grid-add-row">
          {text.grid.addRow}
        </Button>
        <Tooltip title={text.grid.duplicateHint}>
          <Button size="small" onClick={() => actions.current.duplicateSelected()} disabled={selectedRows < 1} data-testid="grid-duplicate-rows">
            {text.grid.duplicateRows}
          </Button>
        </Tooltip>
        <Button size="small" danger onClick={() => actions.current.removeRows()} disabled={selectedRows < 1} data-testid="grid-delete-rows">
          {selectedRows > 1 ? text.grid.deleteRowsN(selectedRows) : text.grid.deleteRow}
        </Button>
        {hasMoney && (
          <Tooltip title={text.grid.unitHint}>
            <span className="grid-unit-label">{text.grid.unitLabel}</span>
          </Tooltip>
        )}
        {hasMoney && (
          <Segmented
            size="small"
            value={unit}
            onChange={(v) => setMoneyUnit(v as MoneyUnit)}
            options={[
              { label: text.grid.unitYuan, value: 'yuan' },
              { label: text.grid.unitWan, value: 'wan' },
            ]}
            data-testid="grid-unit"
          />
        )}
        {extra}
      </Space>
      <span className="grid-count">{text.grid.rowCount(rowCount)}</span>
    </div>
  )
})
