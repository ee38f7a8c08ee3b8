// One of the 13 tables as an HTML table: label, title, 部门名称 and 单位 lines, merged header cells,
// money in 万元 with two decimals and blank for zero (spec §2.0, §3), `注：本表无数据` when empty.
import { formatTableCell } from '../../../core/money/format'
import { EMPTY_TABLE_NOTE, type TableModel } from '../../../core/tables/table-model'
import { text } from '../text/zh-CN'

interface Props {
  table: TableModel
  highlightRow?: string | undefined
}

export function TablePreview({ table, highlightRow }: Props) {
  const headerRows = Array.from({ length: table.headerRowCount }, (_, r) => table.header.filter((h) => h.row === r).sort((a, b) => a.col - b.col))
  return (
    <div className={`table-preview orientation-${table.orientation}`} data-testid={`table-${table.id}`}>
      <div className="table-label">{table.label}</div>
      <h4 className="table-title">{table.title}</h4>
      <div className="table-meta">
        <span>
          {text.review.departmentLabel}
          {table.departmentName}
        </span>
        <span>{table.unitLabel}</span>
      </div>
      <table>
        <colgroup>
          {table.columns.map((c) => (
            <col key={c.key} style={{ width: `${c.width}em` }} />
          ))}
        </colgroup>
        <thead>
          {headerRows.map((cells, r) => (
            <tr key={r}>
              {cells.map((h) => (
                <th key={`${h.row}-${h.col}`} rowSpan={h.rowSpan} colSpan={h.colSpan}>
                  {h.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={`row-${row.kind}${row.key === highlightRow ? ' row-highlight' : ''}`} data-row-key={row.key}>
              {row.cells.map((cell, i) => {
                const column = table.columns[i]
                if (cell === null) return <td key={i} />
                if (cell.kind === 'money') return <td key={i} className="num">{formatTableCell(cell.value)}</td>
                const indent = column?.kind === 'text' && (table.id === 'T2' || table.id === 'T3' || table.id === 'T5' || table.id === 'T8' || table.id === 'T9') ? row.level : 0
                return (
                  <td key={i} className={column?.kind === 'code' ? 'code' : undefined} style={indent > 1 ? { paddingLeft: `${indent - 0.5}em` } : undefined}>
                    {cell.text}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.empty && <div className="table-note">{EMPTY_TABLE_NOTE}</div>}
      {table.notes.map((n) => (
        <div key={n} className="table-note">
          {n}
        </div>
      ))}
    </div>
  )
}
