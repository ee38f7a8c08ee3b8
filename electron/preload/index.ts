// The whole bridge: `window.budgetApp = { call, on }` and nothing else (architecture rule 15).
// No Node, no ipcRenderer, no paths cross into the page; main checks the sender and every payload.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { BudgetAppBridge } from '../../core/api/contract'
import { CALL_CHANNEL, isEventChannel } from './channels'

const bridge: BudgetAppBridge = {
  call: (method, payload) => ipcRenderer.invoke(CALL_CHANNEL, String(method), payload),
  on: (event, listener) => {
    if (!isEventChannel(event) || typeof listener !== 'function') return () => undefined
    const handler = (_e: IpcRendererEvent, payload: unknown) => listener(payload)
    ipcRenderer.on(event, handler)
    return () => {
      ipcRenderer.removeListener(event, handler)
    }
  },
}

contextBridge.exposeInMainWorld('budgetApp', bridge)
