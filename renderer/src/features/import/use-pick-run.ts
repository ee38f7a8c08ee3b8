// The frame the import dialogs share: busy and error state, and in the desktop app the main-side
// file dialog opened once, as soon as the dialog shows (browser mode picks from the folder list).
import { useEffect, useRef, useState } from 'react'
import { isDesktop } from '../../api/client'

export interface PickRun {
  busy: boolean
  setBusy: (busy: boolean) => void
  error: string | null
  setError: (error: string | null) => void
  desktop: boolean
  run: (name?: string) => Promise<unknown>
  /** A refused call: the desktop dialog cancelled closes the dialog; anything else is shown. */
  refuse: (error: { code: string; message: string }) => void
}

export function usePickRun(run: (name?: string) => Promise<unknown>, onClose: () => void): PickRun {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const desktop = isDesktop()
  const started = useRef(false)
  useEffect(() => {
    if (desktop && !started.current) {
      started.current = true
      void run()
    }
  })
  const refuse = (e: { code: string; message: string }) => (e.code === 'CANCELLED' && desktop ? onClose() : setError(e.message))
  return { busy, setBusy, error, setError, desktop, run, refuse }
}
