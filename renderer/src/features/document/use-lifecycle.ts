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

export const AUTOSAVE_MS = 3000

export function useAutosave(): void {
  useEffect(() => {
    let writing = false
    const timer = window.setInterval(() => {
      const s = getState()
      const doc = s.history?.present
      if (!doc || writing || !isDirty(s) || doc === s.journaled) return
      writing = true
      void call('recovery:write', { document: doc })
        .then((r) => {
          if (r.ok) markJournaled(doc)
        })
        .finally(() => {
          writing = false
        })
    }, AUTOSAVE_MS)
    return () => window.clearInterval(timer)
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
