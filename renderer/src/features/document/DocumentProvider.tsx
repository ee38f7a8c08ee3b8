// The document commands (new, open, sample, save, save as) with their dialogs, shared by the
// toolbar, the welcome page, keyboard shortcuts and the desktop menu. Unsaved changes are asked
// about before anything replaces the document.
import { App as AntApp } from 'antd'
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Finding } from '../../../../core/rules/finding'
import { isDesktop } from '../../api/client'
import { currentDocument, isDirty } from '../../state/store'
import { text } from '../../text/zh-CN'
import { AboutDialog } from './AboutDialog'
import * as io from './document-io'
import { InvalidDialog, NewDialog, OpenDialog, SampleDialog, SaveAsDialog, UnsavedDialog, type NewRequest } from './DocumentDialogs'

export interface DocumentCommands {
  newDocument(): Promise<void>
  open(): Promise<void>
  openRecent(id: string): Promise<void>
  openSample(id?: '000' | '001' | '004'): Promise<void>
  save(): Promise<boolean>
  saveAs(): Promise<boolean>
  about(): void
  /** True when the document may be replaced or closed (saved, discarded, or nothing to lose). */
  confirmUnsaved(): Promise<boolean>
}

type Dialog =
  | { kind: 'new'; resolve: (r: NewRequest | null) => void }
  | { kind: 'open'; resolve: (name: string | null) => void }
  | { kind: 'sample'; resolve: (id: '000' | '001' | '004' | null) => void }
  | { kind: 'saveAs'; initial: string; resolve: (name: string | null) => void }
  | { kind: 'unsaved'; resolve: (a: 'save' | 'discard' | 'cancel') => void }
  | { kind: 'invalid'; invalid: Finding[] }
  | { kind: 'about' }

const Context = createContext<DocumentCommands | null>(null)

export function DocumentProvider({ years, children }: { years: number[]; children: ReactNode }) {
  const { message, modal } = AntApp.useApp()
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const busy = useRef(false)
  const ask = useCallback(<T,>(make: (resolve: (v: T) => void) => Dialog) => new Promise<T>((resolve) => setDialog(make((v) => {
    setDialog(null)
    resolve(v)
  }))), [])

  const report = useCallback(
    (o: io.Outcome, failTitle: string): boolean => {
      if (o.ok) {
        if (o.message) void message.success(o.message)
        return true
      }
      if ('invalid' in o) setDialog({ kind: 'invalid', invalid: o.invalid })
      else if (o.error.code !== 'CANCELLED') modal.error({ title: failTitle, content: o.error.message })
      return false
    },
    [message, modal],
  )

  // READ_ONLY: main refused to replace a read-only file; ask, then repeat with the officer's consent.
  const confirmReadOnly = useCallback(
    (o: io.Outcome) =>
      !o.ok && 'error' in o && o.error.code === 'READ_ONLY'
        ? new Promise<boolean>((resolve) => {
            modal.confirm({ title: text.documentDialogs.readOnlyTitle, content: o.error.message, okText: text.documentDialogs.readOnlyReplace, onOk: () => resolve(true), onCancel: () => resolve(false) })
          })
        : Promise.resolve(false),
    [modal],
  )

  const saveAs = useCallback(async (): Promise<boolean> => {
    const doc = currentDocument()
    if (!doc) return true
    const check = io.savable(doc)
    if (!check.ok) return report(check, text.errors.saveFailed)
    if (isDesktop()) return report(await io.saveDocumentAs(), text.errors.saveFailed)
    const name = await ask<string | null>((resolve) => ({ kind: 'saveAs', initial: io.suggestedName(doc), resolve }))
    if (name === null) return false
    let o = await io.saveDocumentAs(name)
    if (await confirmReadOnly(o)) o = await io.saveDocumentAs(name, true)
    else if (!o.ok && 'error' in o && o.error.code === 'READ_ONLY') return false
    return report(o, text.errors.saveFailed)
  }, [ask, report, confirmReadOnly])

  const save = useCallback(async (): Promise<boolean> => {
    let o = await io.saveDocument()
    if (!o.ok && 'error' in o && o.error.code === 'NO_PATH') return saveAs()
    if (await confirmReadOnly(o)) o = await io.saveDocument(true)
    else if (!o.ok && 'error' in o && o.error.code === 'READ_ONLY') return false
    return report(o, text.errors.saveFailed)
  }, [report, saveAs, confirmReadOnly])

  const confirmUnsaved = useCallback(async (): Promise<boolean> => {
    if (!isDirty()) return true
    const answer = await ask<'save' | 'discard' | 'cancel'>((resolve) => ({ kind: 'unsaved', resolve }))
    if (answer === 'cancel') return false
    if (answer === 'discard') return true
    return save()
  }, [ask, save])

  const guarded = useCallback(
    async (run: () => Promise<io.Outcome | null>, failTitle: string) => {
      if (busy.current) return
      busy.current = true
      try {
        if (!(await confirmUnsaved())) return
        const o = await run()
        if (o) report(o, failTitle)
      } finally {
        busy.current = false
      }
    },
    [confirmUnsaved, report],
  )

  const commands = useMemo<DocumentCommands>(
    () => ({
      newDocument: () =>
        guarded(async () => {
          const r = await ask<NewRequest | null>((resolve) => ({ kind: 'new', resolve }))
          return r === null ? null : io.newDocument(r.year, r.departmentName)
        }, text.errors.openFailed),
      open: () =>
        guarded(async () => {
          if (isDesktop()) return io.openDocument()
          const name = await ask<string | null>((resolve) => ({ kind: 'open', resolve }))
          return name === null ? null : io.openDocument(name)
        }, text.errors.openFailed),
      openRecent: (id) => guarded(() => io.openRecent(id), text.errors.openFailed),
      openSample: (preset) =>
        guarded(async () => {
          const id = preset ?? (await ask<'000' | '001' | '004' | null>((resolve) => ({ kind: 'sample', resolve })))
          return id === null ? null : io.openSample(id)
        }, text.errors.openFailed),
      save,
      saveAs,
      confirmUnsaved,
      about: () => setDialog({ kind: 'about' }),
    }),
    [guarded, ask, save, saveAs, confirmUnsaved],
  )

  return (
    <Context.Provider value={commands}>
      {children}
      {dialog?.kind === 'new' && <NewDialog years={years} onOk={dialog.resolve} onCancel={() => dialog.resolve(null)} />}
      {dialog?.kind === 'open' && <OpenDialog onOpen={dialog.resolve} onCancel={() => dialog.resolve(null)} />}
      {dialog?.kind === 'sample' && <SampleDialog onOpen={dialog.resolve} onCancel={() => dialog.resolve(null)} />}
      {dialog?.kind === 'saveAs' && <SaveAsDialog initial={dialog.initial} onOk={dialog.resolve} onCancel={() => dialog.resolve(null)} />}
      {dialog?.kind === 'unsaved' && <UnsavedDialog onAnswer={dialog.resolve} />}
      {dialog?.kind === 'invalid' && <InvalidDialog invalid={dialog.invalid} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
    </Context.Provider>
  )
}

export function useDocumentCommands(): DocumentCommands {
  const c = useContext(Context)
  if (!c) throw new Error('useDocumentCommands outside DocumentProvider')
  return c
}
