// Which import screen is open. The desktop menu (文件 → 导入), the toolbar and the welcome page ask
// for one; ImportHost shows it. A tiny external store, like the editor's, so any caller can ask.
import { useSyncExternalStore } from 'react'

export type ImportScreen = 'workbook' | 'rollover' | 'merge' | 'published' | 'catalog'

let open: ImportScreen | null = null
const listeners = new Set<() => void>()

function set(next: ImportScreen | null): void {
  open = next
  for (const l of listeners) l()
}

export function requestImportScreen(screen: ImportScreen): void {
  set(screen)
}

export function closeImportScreen(): void {
  set(null)
}

export function useImportScreen(): ImportScreen | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => open,
  )
}
