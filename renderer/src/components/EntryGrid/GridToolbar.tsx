// Row commands and the 元/万元 switch above a grid.
import { Button, Segmented, Space, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import { text } from '../../text/zh-CN'
import type { MoneyUnit } from '../paste/money-text'
import type { GridRow } from './grid-types'
import { setMoneyUnit } from './money-unit'
import type { GridController } from './use-grid-controller'

interface Props<R extends GridRow> {
  g: GridController<R>
  unit: MoneyUnit
  extra?: ReactNode
}

export function GridToolbar<R extends GridRow>({ g, unit, extra }: Props<R>) {
  const hasMoney = g.columns.some((c) => c.kind === 'money')
  const selectedRows = Math.min(g.range.bottom, g.rows.length - 1) - g.range.top + 1
  return (
    <div className="grid-toolbar">
      <Space wrap>
        <Button size="small" onClick={g.addRow} data-testid="grid-add-row">
          {text.grid.addRow}
        </Button>
        <Tooltip title={text.grid.duplicateHint}>
          <Button size="small" onClick={g.duplicateSelected} disabled={selectedRows < 1} data-testid="grid-duplicate-rows">
            {text.grid.duplicateRows}
          </Button>
        </Tooltip>
        <Button size="small" danger onClick={g.removeRows} disabled={selectedRows < 1} data-testid="grid-delete-rows">
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
      <span className="grid-count">{text.grid.rowCount(g.rows.length)}</span>
    </div>
  )
}
