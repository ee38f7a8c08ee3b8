// The frame the import dialogs share: busy and error state, and in the desktop app the main-side
// file dialog opened once, as soon as the dialog shows (browser mode picks from the folder list).
import { useEffect, useRef, useState } from 'react'
import { isDesktop } from '../../api/client'

export function usePickRun(run: () => Promise<unknown>) {
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
  return { busy, setBusy, error, setError, desktop }
}
