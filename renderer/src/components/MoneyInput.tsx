// An amount typed in 元 or 万元 (switchable), with thousands separators and full-width digits
// accepted. The document keeps 元 ("1147200.00"); text that does not read as an amount is kept as
// typed and marked, never dropped or silently changed.
import { Input, Select, Space } from 'antd'
import { useEffect, useState } from 'react'
import { text } from '../text/zh-CN'
import { formatMoneyText, parseMoneyText, type MoneyUnit } from './paste/money-text'
import { setMoneyUnit, useMoneyUnit } from './EntryGrid/money-unit'

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
  return (
    <Space.Compact className="money-input">
      <Input
        id={id}
        data-testid={testId}
        value={typed ?? shown}
        status={bad ? 'error' : undefined}
        placeholder={placeholder}
        inputMode="decimal"
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
      <Select<MoneyUnit>
        value={unit}
        onChange={setMoneyUnit}
        popupMatchSelectWidth={false}
        style={{ width: 76 }}
        aria-label={text.fields.amount}
        options={[
          { value: 'yuan', label: text.common.yuan },
          { value: 'wan', label: text.common.wan },
        ]}
      />
    </Space.Compact>
  )
}
