// What keeps typed work safe and the window honest: the recovery journal written every few seconds
// while there are unsaved changes, the offer to restore it after a crash, main told whether there
// is something to lose (it asks before closing), and the desktop menu and shortcuts.
import { App as AntApp } from 'antd'
import { useEffect, useRef } from 'react'
import { call, isDesktop, onEvent } from '../../api/client'
import { getState, isDirty, loadDocument, markJournaled, redoEdit, stepBy, subscribe, undoEdit } from '../../state/store'
import { text } from '../../text/zh-CN'
import { requestImportScreen } from '../import/import-request'
import { checkRecovery, discardRecovery, restoreRecovery } from './document-io'
import type { DocumentCommands } from './DocumentProvider'

/** The journal is written once typing pauses this long… */
export const AUTOSAVE_PAUSE_MS = 1500
/** …and at least this often while it goes on. */
export const AUTOSAVE_MAX_MS = 15_000
const AUTOSAVE_TICK_MS = 500

/** Whether unsaved changes are written now: the last came AUTOSAVE_PAUSE_MS ago, or the first AUTOSAVE_MAX_MS ago. */
export function journalDue(now: number, changedAt: number, pendingSince: number): boolean {
  return now - changedAt >= AUTOSAVE_PAUSE_MS || (pendingSince > 0 && now - pendingSince >= AUTOSAVE_MAX_MS)
}

/**
 * Writes the recovery journal while there are unsaved changes: when the officer pauses, or every
 * AUTOSAVE_MAX_MS at the latest. Sending a large department's draft costs the page and main tens
 * of milliseconds, so it is not done between two keystrokes of a burst of typing.
 */
export function useAutosave(): void {
  useEffect(() => {
    let writing = false
    let present = getState().history?.present
    // When the draft last changed, and since when it has had changes the journal lacks.
    let changedAt = 0
    let pendingSince = 0
    const unsubscribe = subscribe(() => {
      const next = getState().history?.present
      if (next === present) return
      present = next
      changedAt = Date.now()
      // A document just opened or saved has nothing the journal lacks.
      if (!isDirty(getState())) pendingSince = 0
      else if (!pendingSince) pendingSince = changedAt
    })
    const timer = window.setInterval(() => {
      const s = getState()
      const doc = s.history?.present
      if (!doc || writing || !isDirty(s) || doc === s.journaled) return
      const now = Date.now()
      if (!journalDue(now, changedAt, pendingSince)) return
      writing = true
      const started = now
      void call('recovery:write', { document: doc })
        .then((r) => {
          if (!r.ok) return
          markJournaled(doc)
          // Changes made while it was written are still pending, counted from when it started.
          pendingSince = getState().history?.present === doc ? 0 : started
        })
        .finally(() => {
          writing = false
        })
    }, AUTOSAVE_TICK_MS)
    return () => {
      window.clearInterval(timer)
      unsubscribe()
    }
  }, [])
}

/** On start: offer the recovery journal, else open what the OS passed to the app. */
export function useStartup(commands: DocumentCommands): void {
  const { modal } = AntApp.useApp()
  const done = useRef(false)
  useEffect(() => {
    if (done.current) return
    done.current = true
    void (async () => {
      const offer = await checkRecovery()
      if (offer) {
        const at = offer.journaledAt ? new Date(offer.journaledAt).toLocaleString('zh-CN') : ''
        modal.confirm({
          title: text.documentDialogs.recoveryTitle,
          content: text.documentDialogs.recoveryBody(at, offer.documentName),
          okText: text.documentDialogs.restore,
          cancelText: text.documentDialogs.discardRecovery,
          okButtonProps: { 'data-testid': 'recovery-restore' } as never,
          cancelButtonProps: { 'data-testid': 'recovery-discard' } as never,
          onOk: () => restoreRecovery(offer),
          onCancel: () => discardRecovery(),
        })
        return
      }
      const pending = await call('document:takePending', {})
      if (pending.ok && pending.value.pending) loadDocument(pending.value.pending.document, pending.value.pending.ref, true)
    })()
  }, [commands, modal])
}

/** Main learns about unsaved changes; the browser asks before leaving the page in web mode. */
export function useDirtyGuard(commands: DocumentCommands): void {
  useEffect(() => {
    let last: boolean | null = null
    const report = () => {
      const dirty = isDirty()
      if (dirty === last) return
      last = dirty
      void call('app:setDirty', { dirty })
    }
    report()
    const unsubscribe = subscribe(report)
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!isDirty()) return
      e.preventDefault()
      e.returnValue = ''
    }
    if (!isDesktop()) window.addEventListener('beforeunload', beforeUnload)
    const offClose = onEvent('app:closeRequested', () => {
      void commands.confirmUnsaved().then((ok) => {
        if (ok) void call('app:closeConfirmed', {})
      })
    })
    return () => {
      unsubscribe()
      offClose()
      window.removeEventListener('beforeunload', beforeUnload)
    }
  }, [commands])
}

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el) return false
  // The grid's editor handles Ctrl+Z itself; other text fields keep the browser's own undo.
  return el.classList.contains('grid-editor') || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable
}

export function useShortcuts(commands: DocumentCommands, onExport: (format: 'xlsx' | 'pdf' | 'docx') => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return
      const key = e.key.toLowerCase()
      if ((e.key === 'PageDown' || e.key === 'PageUp') && getState().history) {
        // Ctrl+PageDown / Ctrl+PageUp: the next or previous step, as between a workbook's sheets.
        e.preventDefault()
        stepBy(e.key === 'PageDown' ? 1 : -1)
      } else if (key === 's') {
        e.preventDefault()
        void (e.shiftKey ? commands.saveAs() : commands.save())
      } else if (key === 'o') {
        e.preventDefault()
        void commands.open()
      } else if ((key === 'z' || key === 'y') && !inTextField(e.target)) {
        e.preventDefault()
        if (key === 'y' || e.shiftKey) redoEdit()
        else undoEdit()
      }
    }
    window.addEventListener('keydown', onKey)
    const offMenu = onEvent('menu:command', (m) => {
      const run: Partial<Record<typeof m.command, () => void>> = {
        new: () => void commands.newDocument(),
        open: () => void commands.open(),
        'open-recent': () => m.recentId && void commands.openRecent(m.recentId),
        'open-sample': () => void commands.openSample(m.sampleId),
        save: () => void commands.save(),
        'save-as': () => void commands.saveAs(),
        undo: undoEdit,
        redo: redoEdit,
        'export-xlsx': () => onExport('xlsx'),
        'export-pdf': () => onExport('pdf'),
        'export-docx': () => onExport('docx'),
        import: () => requestImportScreen('workbook'),
        'import-catalog': () => requestImportScreen('catalog'),
        about: () => commands.about(),
      }
      run[m.command]?.()
    })
    const offPending = onEvent('document:pendingOpen', () => void openPending(commands))
    return () => {
      window.removeEventListener('keydown', onKey)
      offMenu()
      offPending()
    }
  }, [commands, onExport])
}

async function openPending(commands: DocumentCommands): Promise<void> {
  if (!(await commands.confirmUnsaved())) return
  const r = await call('document:takePending', {})
  if (r.ok && r.value.pending) loadDocument(r.value.pending.document, r.value.pending.ref, true)
}
