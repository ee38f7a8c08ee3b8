// A 变动原因 field with the reasons the published documents give (core reasonSuggestions), offered
// for the direction the figure actually moved (both when last year's figure is not entered yet).
// Choosing one fills an empty field (or replaces another suggestion) and appends to typed text;
// the officer edits it freely afterwards — the sentence prints whatever is finally entered.
import { DownOutlined } from '@ant-design/icons'
import { Button, Dropdown, Form, Input } from 'antd'
import type { ReactNode } from 'react'
import { Controller, type FieldValues, type Path as FieldPath, type UseFormReturn } from 'react-hook-form'
import { comparedFigures, yearChange, type ComparedFigureId } from '../../../../core/narrative/year-on-year'
import { reasonSuggestions, type ChangeDirection } from '../../../../core/narrative/reason-suggestions'
import { useSession } from '../../state/session'
import { fieldDomId } from '../../state/steps'
import type { Path } from '../../state/validate-draft'
import { text } from '../../text/zh-CN'
import { insertReason } from './reason-text'

const t = text.reasons
const DIRECTIONS: readonly ChangeDirection[] = ['increase', 'decrease']

/** Which way the figure moved against the prior year, as the narrative will say; undefined when unknown or unchanged. */
export function useChangeDirection(figure: ComparedFigureId): ChangeDirection | undefined {
  const { result } = useSession()
  const derivation = result?.analysis?.derivation
  if (!derivation) return undefined
  const f = comparedFigures(derivation).find((x) => x.id === figure)
  if (!f) return undefined
  const change = yearChange(f.current, f.prior)
  return change.kind === 'increase' || change.kind === 'decrease' ? change.kind : undefined
}

interface Props<T extends FieldValues> {
  form: UseFormReturn<T>
  name: FieldPath<T>
  path: Path
  label: ReactNode
  figure: ComparedFigureId
  rows?: number
}

export function ReasonField<T extends FieldValues>({ form, name, path, label, figure, rows = 1 }: Props<T>) {
  const direction = useChangeDirection(figure)
  const directions = direction ? [direction] : DIRECTIONS
  const groups = directions.map((d) => ({ direction: d, items: reasonSuggestions(figure, d) })).filter((g) => g.items.length > 0)
  const all = DIRECTIONS.flatMap((d) => reasonSuggestions(figure, d).map((s) => s.text))
  let node: unknown = form.formState.errors
  for (const part of String(name).split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  const error = (node as { message?: unknown } | undefined)?.message
  return (
    <Form.Item label={label} validateStatus={typeof error === 'string' ? 'error' : undefined} help={typeof error === 'string' ? error : undefined}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => {
          const value = (field.value as string | undefined) ?? ''
          const set = (next: string) => field.onChange(next === '' ? undefined : next)
          return (
            <div className="reason-field">
              <Input.TextArea id={fieldDomId(path)} value={value} onBlur={field.onBlur} onChange={(e) => set(e.target.value)} autoSize={{ minRows: rows, maxRows: 8 }} />
              {groups.length > 0 && (
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: groups.map((g) => ({
                      type: 'group' as const,
                      key: g.direction,
                      label: t.suggestHint(t[g.direction]),
                      children: g.items.map((s, i) => ({ key: `${g.direction}-${i}`, label: s.text, onClick: () => set(insertReason(value, s.text, all)) })),
                    })),
                  }}
                >
                  <Button size="small" className="reason-suggest" data-testid={`reason-suggest-${figure}`}>
                    {t.suggest} <DownOutlined />
                  </Button>
                </Dropdown>
              )}
            </div>
          )
        }}
      />
    </Form.Item>
  )
}
