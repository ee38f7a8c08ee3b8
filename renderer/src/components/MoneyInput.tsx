// An amount typed in the document's unit (元 or 万元, settings.entryUnit), shown beside the box;
// thousands separators and full-width digits accepted, and `…万元`/`…元` typed in the box win. The
// document keeps 元 ("1147200.00"); text that does not read as an amount is kept as typed and
// marked, never dropped or silently changed. There is no per-box switch: a box never converts.
import { Input } from 'antd'
import { useEffect, useState } from 'react'
import { text } from '../text/zh-CN'
import { formatMoneyText, parseMoneyText } from './paste/money-text'
import { useMoneyUnit } from './EntryGrid/money-unit'

interface Props {
  id?: string
  value: string | undefined
  onChange: (value: string | undefined) => void
  onBlur?: () => void
  invalid?: boolean
  placeholder?: string
  testId?: string
}

export function MoneyInput({ id, value, onChange, onBlur, invalid, placeholder, testId }: Props) {
  const unit = useMoneyUnit()
  const shown = formatMoneyText(value, unit)
  const [typed, setTyped] = useState<string | null>(null)
  useEffect(() => setTyped(null), [unit])
  const parsed = typed === null ? null : parseMoneyText(typed, unit)
  const bad = invalid || (parsed !== null && !parsed.ok && typed?.trim() !== '')
  const unitLabel = unit === 'wan' ? text.common.wan : text.common.yuan
  return (
    <Input
      className="money-input"
      id={id}
      data-testid={testId}
      value={typed ?? shown}
      status={bad ? 'error' : undefined}
      placeholder={placeholder}
      inputMode="decimal"
      suffix={<span className="money-input-unit" data-testid={testId ? `${testId}-unit` : undefined}>{unitLabel}</span>}
      onChange={(e) => {
        const t = e.target.value
        setTyped(t)
        if (t.trim() === '') return onChange(undefined)
        const r = parseMoneyText(t, unit)
        onChange(r.ok ? r.yuan : t)
      }}
      onBlur={() => {
        setTyped(null)
        onBlur?.()
      }}
      title={parsed && !parsed.ok ? parsed.reason : undefined}
    />
  )
}
