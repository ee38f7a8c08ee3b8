// A line of live subtotals under a grid.
import type { ReactNode } from 'react'

export function Totals({ items, testId }: { items: { label: string; value: ReactNode; tone?: 'bad' }[]; testId?: string }) {
  return (
    <div className="totals" data-testid={testId}>
      {items.map((i) => (
        <span key={i.label} className={i.tone === 'bad' ? 'total-item bad' : 'total-item'}>
          <span className="total-label">{i.label}</span>
          <span className="total-value">{i.value}</span>
        </span>
      ))}
    </div>
  )
}
