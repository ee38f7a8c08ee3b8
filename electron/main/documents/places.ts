// Where documents and exports go. Electron: the path the officer picks in a main-side dialog.
// Web mode: names inside the workspace folder, shown by the renderer's own dialogs. Handlers use
// this interface only, so both modes run the same document and export code.
import { basename, dirname, join, relative } from 'node:path'
import type { DocumentRef } from '../../../core/api/contract'
import { err, ok, type Result } from '../../../core/api/result'
import { DOCUMENT_EXTENSION } from '../../../core/document/envelope'
import { DIALOG, MESSAGES } from '../text/zh-cn'
import { isInside, withDocumentExtension, type Workspace, type WorkspaceFile } from './workspace'

export interface Places {
  mode: 'electron' | 'web'
  /** An absolute path to read; `near` is the current document, for the dialog's start folder. */
  pickOpen(name: string | undefined, near: string | null, title?: string): Promise<Result<string>>
  pickSave(name: string | undefined, suggested: string, near: string | null): Promise<Result<string>>
  pickExportFolder(documentName: string, near: string | null): Promise<Result<string>>
  refOf(path: string): DocumentRef
  /** Whether a path main stored earlier (recent files, journal) may be used in this mode. */
  accepts(path: string): boolean
  /** How an export folder is shown to the officer. */
  displayFolder(folder: string): string
  list(): Promise<Result<WorkspaceFile[]>>
  openFolder(folder: string): Promise<Result<{ folder?: string }>>
  /** An Excel workbook to import (Electron: open dialog; web: a .xlsx name in the workspace). */
  pickWorkbook(name: string | undefined, near: string | null): Promise<Result<string>>
  /** Where to write the import template (Electron: save dialog; web: a name in the workspace). */
  pickWorkbookSave(name: string | undefined, suggested: string, near: string | null): Promise<Result<string>>
  listWorkbooks(): Promise<Result<WorkspaceFile[]>>
  /** A 科目表 to import (Electron: open dialog for .xlsx/.csv; web: a name in the workspace). */
  pickCatalogFile(name: string | undefined, near: string | null): Promise<Result<string>>
  listCatalogFiles(): Promise<Result<WorkspaceFile[]>>
  /** A PDF to attach (Electron: open dialog; web: a .pdf name in the workspace). */
  pickPdf(name: string | undefined, near: string | null): Promise<Result<string>>
  listPdfs(): Promise<Result<WorkspaceFile[]>>
  /** Last year's published PDF/.docx/text (Electron: open dialog; web: a name in the workspace). */
  pickPublished(name: string | undefined, near: string | null): Promise<Result<string>>
  listPublished(): Promise<Result<WorkspaceFile[]>>
  /** The folder attachment paths are relative to: the document's (web: the workspace); null before the first save. */
  attachmentBase(documentPath: string | null): string | null
}

export interface FileFilter {
  name: string
  extensions: string[]
}

/** The few dialog and shell calls Electron provides, wrapped in index.ts; null = cancelled. */
export interface NativeDialogs {
  showOpen(o: { title: string; defaultPath?: string; filters: FileFilter[] }): Promise<string | null>
  showSave(o: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>
  pickFolder(o: { title: string; buttonLabel: string; defaultPath?: string }): Promise<string | null>
  /** Resolves to an error message, '' on success (shell.openPath). */
  openPath(path: string): Promise<string>
}

export const WORKBOOK_FILTERS: FileFilter[] = [{ name: DIALOG.workbookFilter, extensions: ['xlsx'] }]
export const CATALOG_FILTERS: FileFilter[] = [{ name: DIALOG.catalogFilter, extensions: ['xlsx', 'csv'] }]
export const PDF_FILTERS: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }]
export const PUBLISHED_FILTERS: FileFilter[] = [{ name: DIALOG.publishedFilter, extensions: ['pdf', 'docx', 'txt'] }]

export const DOCUMENT_FILTERS: FileFilter[] = [
  { name: DIALOG.documentFilter, extensions: ['json', 'ysgk'] },
  { name: DIALOG.allFilesFilter, extensions: ['*'] },
]

const cancelled = () => err('CANCELLED', MESSAGES.cancelled)

/** A save dialog may return a name without the extension; documents always end in .ysgk.json or .json. */
export function ensureDocumentExtension(path: string): string {
  return join(dirname(path), withDocumentExtension(basename(path)))
}

export function electronPlaces(dialogs: NativeDialogs, documentsDir: string): Places {
  let lastExportFolder: string | undefined
  return {
    mode: 'electron',
    async pickOpen(name, near, title) {
      const start = near ? dirname(near) : documentsDir
      const path = await dialogs.showOpen({ title: title ?? DIALOG.openTitle, defaultPath: name ? join(start, basename(name)) : start, filters: DOCUMENT_FILTERS })
      return path ? ok(path) : cancelled()
    },
    async pickSave(name, suggested, near) {
      const start = near ? dirname(near) : documentsDir
      const path = await dialogs.showSave({ title: DIALOG.saveTitle, defaultPath: join(start, basename(name ?? suggested)), filters: DOCUMENT_FILTERS })
      return path ? ok(ensureDocumentExtension(path)) : cancelled()
    },
    async pickExportFolder(_documentName, near) {
      const defaultPath = lastExportFolder ?? (near ? dirname(near) : documentsDir)
      const folder = await dialogs.pickFolder({ title: DIALOG.exportTitle, buttonLabel: DIALOG.exportButton, defaultPath })
      if (!folder) return cancelled()
      lastExportFolder = folder
      return ok(folder)
    },
    refOf: (path) => ({ name: basename(path), location: dirname(path) }),
    accepts: () => true,
    displayFolder: (folder) => folder,
    list: async () => ok([]),
    async openFolder(folder) {
      const problem = await dialogs.openPath(folder)
      return problem ? err('NOT_FOUND', `${MESSAGES.openFolderFailed}：${problem}`) : ok({ folder })
    },
    async pickWorkbook(_name, near) {
      const path = await dialogs.showOpen({ title: DIALOG.importTitle, defaultPath: near ? dirname(near) : documentsDir, filters: WORKBOOK_FILTERS })
      return path ? ok(path) : cancelled()
    },
    async pickWorkbookSave(name, suggested, near) {
      const start = near ? dirname(near) : documentsDir
      const path = await dialogs.showSave({ title: DIALOG.templateTitle, defaultPath: join(start, basename(name ?? suggested)), filters: WORKBOOK_FILTERS })
      return path ? ok(/\.xlsx$/i.test(path) ? path : `${path}.xlsx`) : cancelled()
    },
    listWorkbooks: async () => ok([]),
    async pickCatalogFile(_name, near) {
      const path = await dialogs.showOpen({ title: DIALOG.catalogTitle, defaultPath: near ? dirname(near) : documentsDir, filters: CATALOG_FILTERS })
      return path ? ok(path) : cancelled()
    },
    listCatalogFiles: async () => ok([]),
    async pickPdf(_name, near) {
      const path = await dialogs.showOpen({ title: DIALOG.attachmentTitle, defaultPath: near ? dirname(near) : documentsDir, filters: PDF_FILTERS })
      return path ? ok(path) : cancelled()
    },
    listPdfs: async () => ok([]),
    async pickPublished(_name, near) {
      const path = await dialogs.showOpen({ title: DIALOG.publishedTitle, defaultPath: near ? dirname(near) : documentsDir, filters: PUBLISHED_FILTERS })
      return path ? ok(path) : cancelled()
    },
    listPublished: async () => ok([]),
    attachmentBase: (documentPath) => (documentPath ? dirname(documentPath) : null),
  }
}

export function webPlaces(workspace: Workspace): Places {
  return {
    mode: 'web',
    async pickOpen(name) {
      if (!name) return err('INVALID_REQUEST', '请从工作文件夹中选择要打开的文件')
      return workspace.resolveExisting(name)
    },
    async pickSave(name) {
      if (!name) return err('INVALID_REQUEST', MESSAGES.nameRequired)
      return workspace.resolveForSave(name)
    },
    async pickExportFolder(documentName) {
      return ok(workspace.exportFolderFor(documentName))
    },
    refOf: (path) => ({ name: basename(path), location: MESSAGES.workspaceLocation }),
    accepts: (path) => isInside(workspace.root, path),
    displayFolder: (folder) => relative(workspace.root, folder) || '.',
    list: () => workspace.list(),
    // A browser cannot open a folder on this machine; the renderer shows where the files are.
    openFolder: async (folder) => ok({ folder: relative(workspace.root, folder) }),
    async pickWorkbook(name) {
      if (!name) return err('INVALID_REQUEST', '请从工作文件夹中选择要导入的工作簿')
      return workspace.resolveWorkbook(name, false)
    },
    pickWorkbookSave: async (name, suggested) => workspace.resolveWorkbook(name ?? suggested, true),
    listWorkbooks: () => workspace.listWorkbooks(),
    async pickCatalogFile(name) {
      if (!name) return err('INVALID_REQUEST', '请从工作文件夹中选择要导入的科目表（.xlsx 或 .csv）')
      return workspace.resolveCatalogFile(name)
    },
    listCatalogFiles: () => workspace.listCatalogFiles(),
    async pickPdf(name) {
      if (!name) return err('INVALID_REQUEST', '请从工作文件夹中选择要附加的 PDF 文件')
      return workspace.resolvePdf(name)
    },
    listPdfs: () => workspace.listPdfs(),
    async pickPublished(name) {
      if (!name) return err('INVALID_REQUEST', '请从工作文件夹中选择上年的公开文件')
      return workspace.resolvePublished(name)
    },
    listPublished: () => workspace.listPublished(),
    // Documents of web mode are saved in the workspace, so its PDFs resolve from there.
    attachmentBase: () => workspace.root,
  }
}

/** The suggested file name for a document that has never been saved. */
export function suggestedFileName(departmentName: string, budgetYear: number): string {
  const safe = departmentName.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '_').trim() || MESSAGES.untitled
  return `${safe}${budgetYear}年部门预算公开${DOCUMENT_EXTENSION}`
}
