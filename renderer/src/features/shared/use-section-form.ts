// A form over one section of the document: react-hook-form validated by the section's zod schema
// (the same schema that checks the file on load and the IPC payload). Every change is written to
// the draft as typed; an undo or an opened document resets the form to the draft. Values are
// compared by content, so a reset never echoes back as an edit.
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef } from 'react'
import { useForm, type FieldValues, type Resolver } from 'react-hook-form'
import type { z } from 'zod'

export function useSectionForm<T extends FieldValues>(schema: z.ZodType, value: T, onChange: (next: T) => void) {
  const form = useForm<T>({
    defaultValues: value as never,
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    mode: 'onChange',
  })
  const last = useRef(JSON.stringify(value))
  useEffect(() => {
    const sub = form.watch((values) => {
      const json = JSON.stringify(values)
      if (json === last.current) return
      last.current = json
      onChange(structuredClone(values) as T)
    })
    return () => sub.unsubscribe()
  }, [form, onChange])
  useEffect(() => {
    const json = JSON.stringify(value)
    if (json === last.current) return
    last.current = json
    form.reset(value as never)
    void form.trigger()
  }, [value, form])
  useEffect(() => {
    void form.trigger()
  }, [form])
  return form
}
