// Web mode keeps documents in one workspace folder. Names come from the renderer, so each is
// validated as a single plain file name and resolved inside the folder; anything that could reach
// outside it (separators, `..`, drive letters, symlinks out of the folder) is refused.
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { err, ok, type Result } from '../../../core/api/result'
import { DOCUMENT_EXTENSION } from '../../../core/document/envelope'
import { fsErrorResult } from './fs-errors'
import type { FsLayer } from './fs-layer'

export const EXPORT_FOLDER_NAME = '导出'

export interface WorkspaceFile {
  name: string
  modifiedAt: string
  size: number
}

export interface Workspace {
  root: string
  /** Resolves an existing document for opening. */
  resolveExisting(name: string): Promise<Result<string>>
  /** Resolves a name to save to, adding `.ysgk.json` when it has no `.json` ending. */
  resolveForSave(name: string): Result<string>
  list(): Promise<Result<WorkspaceFile[]>>
  exportFolderFor(documentName: string): string
  /** Excel workbooks (.xlsx) for import: an existing one to read, or a name to write the template to. */
  resolveWorkbook(name: string, forSave: boolean): Promise<Result<string>>
  listWorkbooks(): Promise<Result<WorkspaceFile[]>>
  /** PDF attachments: an existing .pdf in the folder, and the folder's PDFs. */
  resolvePdf(name: string): Promise<Result<string>>
  listPdfs(): Promise<Result<WorkspaceFile[]>>
  /** Last year's published disclosure (.pdf, .docx, .txt) to start a draft from. */
  resolvePublished(name: string): Promise<Result<string>>
  listPublished(): Promise<Result<WorkspaceFile[]>>
  /** 科目表 to import (.xlsx or .csv): an existing file in the folder, and the folder's candidates. */
  resolveCatalogFile(name: string): Promise<Result<string>>
  listCatalogFiles(): Promise<Result<WorkspaceFile[]>>
}

// Windows refuses these as file names whatever the extension (CON.ysgk.json is still CON).
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i
const FORBIDDEN_CHARS = /[/\\:*?"<>|\u0000-\u001f\u007f]/

/** A Chinese reason when `name` is not a plain file name, else undefined. */
export function fileNameProblem(name: string): string | undefined {
  if (typeof name !== 'string' || name.trim() === '') return '请填写文件名'
  if (name.length > 200) return '文件名过长（不超过200个字符）'
  if (FORBIDDEN_CHARS.test(name)) return '文件名不能包含 / \\ : * ? " < > | 等字符'
  if (name === '.' || name === '..' || name.startsWith('.')) return '文件名不能以“.”开头'
  if (/[. ]$/.test(name)) return '文件名不能以空格或“.”结尾'
  if (RESERVED.test(name)) return `“${name}”是系统保留的名称，请换一个文件名`
  if (basename(name) !== name) return '文件名不能包含路径'
  return undefined
}

export function isDocumentFileName(name: string): boolean {
  return /\.json$/i.test(name)
}

/** Last year's published disclosure as the officer downloaded it. */
export function isPublishedFileName(name: string): boolean {
  return /\.(?:pdf|docx|txt)$/i.test(name)
}

export function isPdfFileName(name: string): boolean {
  return /\.pdf$/i.test(name)
}

export function isCatalogFileName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name)
}

export function isWorkbookFileName(name: string): boolean {
  return /\.xlsx$/i.test(name)
}

export function withDocumentExtension(name: string): string {
  return isDocumentFileName(name) ? name : `${name}${DOCUMENT_EXTENSION}`
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path))
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

/** A folder name for exports: the document's name, made safe. */
export function safeFolderName(name: string): string {
  const cleaned = name.replace(/\.ysgk\.json$|\.json$/i, '').replace(/[/\\:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[. ]+|[. ]+$/g, '').slice(0, 100)
  return cleaned === '' || RESERVED.test(cleaned) ? '未命名文档' : cleaned
}

export function createWorkspace(fs: FsLayer, root: string): Workspace {
  const absRoot = resolve(root)
  const inRoot = (name: string): Result<string> => {
    const problem = fileNameProblem(name)
    if (problem) return err('INVALID_REQUEST', problem)
    const path = join(absRoot, name)
    if (!isInside(absRoot, path)) return err('INVALID_REQUEST', '只能使用工作文件夹中的文件')
    return ok(path)
  }
  /** An existing file, followed through symlinks, still inside the folder. */
  const realInside = async (name: string): Promise<Result<string>> => {
    const r = inRoot(name)
    if (!r.ok) return r
    try {
      const [realRoot, realFile] = await Promise.all([fs.realpath(absRoot), fs.realpath(r.value)])
      if (!isInside(realRoot, realFile)) return err('INVALID_REQUEST', '只能使用工作文件夹中的文件')
      return ok(realFile)
    } catch (e) {
      return fsErrorResult(e, '读取', name)
    }
  }
  const listMatching = async (accept: (name: string) => boolean): Promise<Result<WorkspaceFile[]>> => {
    let names: string[]
    try {
      await fs.mkdir(absRoot)
      names = await fs.readdir(absRoot)
    } catch (e) {
      return fsErrorResult(e, '读取', absRoot)
    }
    const files: WorkspaceFile[] = []
    for (const name of names) {
      if (!accept(name) || name.startsWith('.')) continue
      try {
        const st = await fs.stat(join(absRoot, name))
        if (st.isFile()) files.push({ name, modifiedAt: st.mtime.toISOString(), size: st.size })
      } catch {
        // vanished between readdir and stat
      }
    }
    files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.name.localeCompare(b.name, 'zh-CN'))
    return ok(files)
  }
  return {
    root: absRoot,
    async resolveExisting(name) {
      const r = inRoot(name)
      if (!r.ok) return r
      if (!isDocumentFileName(name)) return err('INVALID_REQUEST', '只能打开 .json 格式的预算公开文档')
      return realInside(name)
    },
    resolveForSave(name) {
      const problem = fileNameProblem(name)
      return problem ? err('INVALID_REQUEST', problem) : inRoot(withDocumentExtension(name))
    },
    list: () => listMatching(isDocumentFileName),
    exportFolderFor(documentName) {
      return join(absRoot, EXPORT_FOLDER_NAME, safeFolderName(documentName))
    },
    async resolveWorkbook(name, forSave) {
      const problem = fileNameProblem(name)
      if (problem) return err('INVALID_REQUEST', problem)
      if (forSave) return inRoot(isWorkbookFileName(name) ? name : `${name}.xlsx`)
      if (!isWorkbookFileName(name)) return err('INVALID_REQUEST', '只能导入 .xlsx 格式的 Excel 工作簿（.xls 或 .et 文件请先另存为 .xlsx）')
      return realInside(name)
    },
    listWorkbooks: () => listMatching(isWorkbookFileName),
    async resolvePdf(name) {
      const r = inRoot(name)
      if (!r.ok) return r
      if (!isPdfFileName(name)) return err('INVALID_REQUEST', '只能选择 .pdf 格式的附件')
      return realInside(name)
    },
    listPdfs: () => listMatching(isPdfFileName),
    async resolvePublished(name) {
      const r = inRoot(name)
      if (!r.ok) return r
      if (!isPublishedFileName(name)) return err('INVALID_REQUEST', '只能选择 .pdf、.docx 或 .txt 格式的上年公开文件')
      return realInside(name)
    },
    listPublished: () => listMatching(isPublishedFileName),
    async resolveCatalogFile(name) {
      const r = inRoot(name)
      if (!r.ok) return r
      if (!isCatalogFileName(name)) return err('INVALID_REQUEST', '只能导入 .xlsx 或 .csv 格式的科目表')
      return realInside(name)
    },
    listCatalogFiles: () => listMatching(isCatalogFileName),
  }
}
