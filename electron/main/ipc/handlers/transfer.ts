// export:download and workspace:upload — web mode's way of handing files to the officer's browser
// and taking them from the officer's disk (the desktop app keeps its native dialogs). Downloads are
// read only from the last export folder, by the names export:run returned; uploads are written into
// the workspace through atomicWrite, under a checked plain name, and must look like what they claim.
import { basename, join, relative, sep } from 'node:path'
import { zipSync } from 'fflate'
import { err, ok, type Result } from '../../../../core/api/result'
import { atomicWrite } from '../../documents/atomic-write'
import { fsErrorResult } from '../../documents/fs-errors'
import { fileNameProblem, isInside, isPdfFileName, isWorkbookFileName } from '../../documents/workspace'
import { identifyWorkbookFile } from '../../import/workbook-file'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
}

const mimeOf = (name: string) => MIME[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream'

/** `%PDF-` and the zip signature of .xlsx: an upload must be what its name says. */
/** Why the uploaded bytes are not the kind asked for (the true reason: encrypted, old .xls …), or undefined. */
function refusal(kind: 'workbook' | 'attachment', name: string, data: Buffer): string | undefined {
  if (kind === 'attachment') return data.subarray(0, 5).toString('latin1') === '%PDF-' ? undefined : `“${name}”不是有效的 PDF 文件`
  const identified = identifyWorkbookFile(data)
  return identified.ok ? undefined : `“${name}”：${identified.message}`
}

export function transferHandlers(deps: HandlerDeps): Pick<Handlers, 'export:download' | 'workspace:upload'> {
  const { session, places, fs } = deps

  /** Every file under the export folder, as zip entry names (`/` separated). */
  const walk = async (root: string, dir: string, out: Record<string, Uint8Array>): Promise<void> => {
    for (const name of (await fs.readdir(dir)).sort()) {
      if (name.startsWith('.')) continue
      const path = join(dir, name)
      const st = await fs.stat(path)
      if (st.isDirectory()) await walk(root, path, out)
      else if (st.isFile()) out[relative(root, path).split(sep).join('/')] = new Uint8Array(await fs.readFile(path))
    }
  }

  return {
    'export:download': async (req): Promise<Result<{ name: string; mime: string; base64: string }>> => {
      if (deps.mode !== 'web') return err('INVALID_REQUEST', '桌面版的导出文件已在所选文件夹中，请用“打开文件夹”查看')
      const folder = session.lastExportFolder
      if (!folder) return err('NOT_FOUND', '还没有导出过文件，请先导出')
      if ('all' in req) {
        const entries: Record<string, Uint8Array> = {}
        try {
          await walk(folder, folder, entries)
        } catch (e) {
          return fsErrorResult(e, '读取', folder)
        }
        if (Object.keys(entries).length === 0) return err('NOT_FOUND', '导出文件夹中没有文件，请重新导出')
        const name = `${basename(folder)}.zip`
        // Exported xlsx and PDF are compressed already; storing them keeps the zip quick to make.
        const zip = zipSync(entries, { level: 0, mtime: deps.now() })
        return ok({ name, mime: MIME.zip as string, base64: Buffer.from(zip).toString('base64') })
      }
      const parts = req.file.split('/')
      if (parts.length > 2 || parts.some((p) => fileNameProblem(p) !== undefined || p === '.' || p === '..')) return err('INVALID_REQUEST', '文件名无效')
      const path = join(folder, ...parts)
      if (!isInside(folder, path)) return err('INVALID_REQUEST', '只能下载本次导出的文件')
      try {
        const [realFolder, realFile] = await Promise.all([fs.realpath(folder), fs.realpath(path)])
        if (!isInside(realFolder, realFile)) return err('INVALID_REQUEST', '只能下载本次导出的文件')
        const data = await fs.readFile(realFile)
        const name = parts[parts.length - 1] as string
        return ok({ name, mime: mimeOf(name), base64: data.toString('base64') })
      } catch (e) {
        return fsErrorResult(e, '读取', basename(path))
      }
    },
    'workspace:upload': async ({ kind, name, base64 }) => {
      if (deps.mode !== 'web') return err('INVALID_REQUEST', '桌面版请用“选择文件”对话框选择文件')
      const data = Buffer.from(base64, 'base64')
      if (kind === 'workbook' && !isWorkbookFileName(name)) return err('INVALID_REQUEST', '只能上传 .xlsx 格式的 Excel 工作簿（.xls 或 .et 文件请先在 Excel 或 WPS 中另存为 .xlsx）')
      if (kind === 'attachment' && !isPdfFileName(name)) return err('INVALID_REQUEST', '只能上传 .pdf 格式的附件')
      const refused = refusal(kind, name, data)
      if (refused) return err('INVALID_REQUEST', refused)
      const root = places.attachmentBase(null)
      if (!root) return err('INVALID_REQUEST', '工作文件夹不可用')
      const problem = fileNameProblem(name)
      if (problem) return err('INVALID_REQUEST', problem)
      const path = join(root, name)
      if (!isInside(root, path)) return err('INVALID_REQUEST', '只能上传到工作文件夹')
      const written = await atomicWrite(path, data, { fs, action: '保存', ...(deps.sleep ? { sleep: deps.sleep } : {}) })
      return written.ok ? ok({ name }) : written
    },
  }
}
