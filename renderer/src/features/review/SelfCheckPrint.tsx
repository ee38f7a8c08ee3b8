// The printable 自查表 (core selfCheckTable): a page of its own over the app, laid out for A4, that
// the officer prints with the system dialog (window.print, in Electron and in a browser alike) and
// signs. Only this page prints: styles.css hides the rest under @media print.
import { Button, Space } from 'antd'
import { useEffect } from 'react'
import { createPortal } from 'react-dom'
import type { SelfCheckTable } from '../../../../core/rules/inspection'
import { text } from '../../text/zh-CN'

const t = text.selfCheck

export function SelfCheckPrint({ table, onClose }: { table: SelfCheckTable; onClose: () => void }) {
  useEffect(() => {
    document.body.classList.add('printing-self-check')
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => {
      document.body.classList.remove('printing-self-check')
      window.removeEventListener('keydown', onKey)
    }
  }, [onClose])
  // Rows of one dimension share its cell, as on a paper form.
  const spans = table.rows.map((r, i) => (i > 0 && table.rows[i - 1]?.dimension === r.dimension ? 0 : table.rows.slice(i).findIndex((x) => x.dimension !== r.dimension)))
  return createPortal(
    <div className="print-view" data-testid="self-check-print" role="dialog" aria-label={table.title}>
      <div className="print-toolbar no-print">
        <Space>
          <Button type="primary" onClick={() => window.print()} data-testid="self-check-print-button">
            {t.print}
          </Button>
          <Button onClick={onClose} data-testid="self-check-close">
            {t.close}
          </Button>
        </Space>
      </div>
      <article className="print-page">
        <h1>{table.title}</h1>
        <p className="print-subtitle">{table.subtitle}</p>
        <p className="print-date">{table.date}</p>
        <table className="print-table" data-testid="self-check-table">
          <colgroup>
            <col className="col-dimension" />
            <col className="col-item" />
            <col className="col-method" />
            <col className="col-result" />
            <col />
          </colgroup>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={`${r.ref}-${i}`} className={`result-${r.result}`}>
                {spans[i] !== 0 && <td rowSpan={spans[i] === -1 ? table.rows.length - i : spans[i]}>{r.dimension}</td>}
                <td>{r.item}</td>
                <td>{r.method}</td>
                <td className="print-result">{r.result}</td>
                <td>{r.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t.summary}</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th>{t.dimension}</th>
              <th>{t.note}</th>
              <th>{t.checks}</th>
              <th>{t.ticks}</th>
            </tr>
          </thead>
          <tbody>
            {table.summary.map((s) => (
              <tr key={s.dimension}>
                <td>{s.dimension}</td>
                <td>{s.note}</td>
                <td>{`${s.checksPassed}/${s.checks}`}</td>
                <td>{s.items > 0 ? `${s.ticked}/${s.items}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="print-conclusion" data-testid="self-check-conclusion">
          {`${t.conclusion}：${table.conclusion}`}
        </p>
        <p className="print-signature">{t.signature}</p>
      </article>
    </div>,
    document.body,
  )
}
