// Form fields bound to react-hook-form, with the schema's message under the field and a DOM id
// derived from the document path, so a finding can scroll to and focus the field.
import { Form, Input, InputNumber, Select, Switch } from 'antd'
import type { ReactNode } from 'react'
import { Controller, type FieldValues, type Path as FieldPath, type UseFormReturn } from 'react-hook-form'
import { useMoneyUnit } from '../../components/EntryGrid/money-unit'
import { MoneyInput } from '../../components/MoneyInput'
import { text } from '../../text/zh-CN'
import { fieldDomId } from '../../state/steps'
import type { Path } from '../../state/validate-draft'

interface FieldProps<T extends FieldValues> {
  form: UseFormReturn<T>
  name: FieldPath<T>
  label: ReactNode
  /** The field's path in the document (for jumps from findings). */
  path: Path
  help?: ReactNode
  required?: boolean
}

function errorOf<T extends FieldValues>(form: UseFormReturn<T>, name: string): string | undefined {
  let node: unknown = form.formState.errors
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  const message = (node as { message?: unknown } | undefined)?.message
  return typeof message === 'string' ? message : undefined
}

function Item<T extends FieldValues>({ form, name, label, help, required, children }: FieldProps<T> & { children: ReactNode }) {
  const error = errorOf(form, name)
  return (
    <Form.Item label={label} required={required ?? false} validateStatus={error ? 'error' : undefined} help={error ?? help}>
      {children}
    </Form.Item>
  )
}

export function TextField<T extends FieldValues>(props: FieldProps<T> & { multiline?: number; emptyAsUndefined?: boolean; placeholder?: string }) {
  const { form, name, path, multiline, emptyAsUndefined, placeholder } = props
  return (
    <Item {...props}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => {
          const common = {
            id: fieldDomId(path),
            value: (field.value as string | undefined) ?? '',
            placeholder,
            onBlur: field.onBlur,
            onChange: (e: { target: { value: string } }) => field.onChange(emptyAsUndefined && e.target.value === '' ? undefined : e.target.value),
          }
          return multiline ? <Input.TextArea {...common} autoSize={{ minRows: multiline, maxRows: 16 }} /> : <Input {...common} />
        }}
      />
    </Item>
  )
}

export function MoneyField<T extends FieldValues>(props: FieldProps<T>) {
  const { form, name, path } = props
  // The label says the unit the box reads (the document's 元/万元 setting).
  const unit = useMoneyUnit()
  // In a table whose column header names the field (and its unit), the box needs no label.
  const label = props.label === '' ? '' : (
    <>
      {props.label}
      <span className="field-unit" data-testid={`${fieldDomId(path)}-label-unit`}>（{unit === 'wan' ? text.common.wan : text.common.yuan}）</span>
    </>
  )
  return (
    <Item {...props} label={label}>
      <Controller
        control={form.control}
        name={name}
        render={({ field, fieldState }) => (
          <MoneyInput id={fieldDomId(path)} testId={fieldDomId(path)} value={field.value as string | undefined} onChange={field.onChange} onBlur={field.onBlur} invalid={fieldState.invalid} />
        )}
      />
    </Item>
  )
}

export function IntegerField<T extends FieldValues>(props: FieldProps<T> & { min?: number; max?: number; optional?: boolean }) {
  const { form, name, path, min, max, optional } = props
  return (
    <Item {...props}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <InputNumber
            id={fieldDomId(path)}
            value={field.value as number | undefined}
            min={min ?? 0}
            max={max ?? 1_000_000}
            precision={0}
            onBlur={field.onBlur}
            onChange={(v) => field.onChange(v === null ? (optional ? undefined : 0) : v)}
          />
        )}
      />
    </Item>
  )
}

export function SelectField<T extends FieldValues>(props: FieldProps<T> & { options: { value: string | number; label: string }[] }) {
  const { form, name, path, options } = props
  return (
    <Item {...props}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => <Select id={fieldDomId(path)} value={field.value as string} onChange={field.onChange} onBlur={field.onBlur} options={options} style={{ minWidth: 200 }} />}
      />
    </Item>
  )
}

export function SwitchField<T extends FieldValues>(props: FieldProps<T>) {
  const { form, name, path } = props
  return (
    <Item {...props}>
      <Controller control={form.control} name={name} render={({ field }) => <Switch id={fieldDomId(path)} checked={field.value === true} onChange={field.onChange} />} />
    </Item>
  )
}

export function DateField<T extends FieldValues>(props: FieldProps<T>) {
  const { form, name, path } = props
  return (
    <Item {...props}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <Input id={fieldDomId(path)} type="date" style={{ width: 180 }} value={(field.value as string | undefined) ?? ''} onBlur={field.onBlur} onChange={(e) => field.onChange(e.target.value === '' ? undefined : e.target.value)} />
        )}
      />
    </Item>
  )
}
