// The Chinese application menu as plain data. Every document action is sent to the renderer as a
// `menu:command` event: the renderer owns the document, its undo history and the unsaved-changes
// question, so one code path serves the menu, the toolbar and keyboard shortcuts.
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../core/api/contract'
import { MENU, SAMPLE_LABELS } from './text/zh-cn'

export interface MenuRecentItem {
  id: string
  name: string
  location: string
}

export interface MenuActions {
  command(command: MenuCommand, extra?: { recentId?: string; sampleId?: '000' | '001' | '004' }): void
  clearRecent(): void
  quit(): void
  toggleDevTools?(): void
}

export interface MenuInput {
  platform: NodeJS.Platform
  recent: readonly MenuRecentItem[]
  actions: MenuActions
  /** Development builds get 开发者工具. */
  isDev: boolean
}

/** `&` marks a mnemonic in Windows and Linux menu labels; file names show it literally. */
export function escapeMenuLabel(label: string): string {
  return label.replace(/&/g, '&&')
}

export function recentLabel(item: MenuRecentItem, index: number): string {
  const n = index < 9 ? `&${index + 1} ` : ''
  return `${n}${escapeMenuLabel(item.name)}  —  ${escapeMenuLabel(item.location)}`
}

export function buildMenuTemplate({ platform, recent, actions, isDev }: MenuInput): MenuItemConstructorOptions[] {
  const cmd = (command: MenuCommand) => () => actions.command(command)
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: MENU.recentEmpty, enabled: false }]
      : [...recent.map((r, i) => ({ label: recentLabel(r, i), click: () => actions.command('open-recent', { recentId: r.id }) })), { type: 'separator' as const }, { label: MENU.clearRecent, click: () => actions.clearRecent() }]
  const samples = (Object.keys(SAMPLE_LABELS) as Array<keyof typeof SAMPLE_LABELS>).map((id) => ({ label: SAMPLE_LABELS[id], click: () => actions.command('open-sample', { sampleId: id }) }))

  const file: MenuItemConstructorOptions = {
    label: `${MENU.file}(&F)`,
    submenu: [
      { label: MENU.new, accelerator: 'CmdOrCtrl+N', click: cmd('new') },
      { label: MENU.open, accelerator: 'CmdOrCtrl+O', click: cmd('open') },
      { label: MENU.recent, submenu: recentItems },
      { type: 'separator' },
      { label: MENU.save, accelerator: 'CmdOrCtrl+S', click: cmd('save') },
      { label: MENU.saveAs, accelerator: 'CmdOrCtrl+Shift+S', click: cmd('save-as') },
      { type: 'separator' },
      { label: MENU.import, click: cmd('import') },
      { label: MENU.importCatalog, click: cmd('import-catalog') },
      { label: MENU.exportXlsx, accelerator: 'CmdOrCtrl+E', click: cmd('export-xlsx') },
      { label: MENU.exportPdf, accelerator: 'CmdOrCtrl+P', click: cmd('export-pdf') },
      { label: MENU.exportDocx, click: cmd('export-docx') },
      { type: 'separator' },
      { label: MENU.quit, accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q', click: () => actions.quit() },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: `${MENU.edit}(&E)`,
    submenu: [
      // Document-level undo: the renderer falls back to the text field's own undo while typing.
      { label: MENU.undo, accelerator: 'CmdOrCtrl+Z', click: cmd('undo') },
      { label: MENU.redo, accelerator: platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z', click: cmd('redo') },
      { type: 'separator' },
      { label: MENU.cut, role: 'cut' },
      { label: MENU.copy, role: 'copy' },
      { label: MENU.paste, role: 'paste' },
      { label: MENU.selectAll, role: 'selectAll' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    label: `${MENU.help}(&H)`,
    submenu: [
      { label: MENU.manual, accelerator: 'F1', click: cmd('help') },
      { label: MENU.openSample, submenu: samples },
      { type: 'separator' },
      { label: MENU.about, click: cmd('about') },
      ...(isDev && actions.toggleDevTools ? [{ type: 'separator' as const }, { label: MENU.devTools, accelerator: 'F12', click: () => actions.toggleDevTools?.() }] : []),
    ],
  }
  return platform === 'darwin' ? [{ role: 'appMenu' }, file, edit, help] : [file, edit, help]
}
