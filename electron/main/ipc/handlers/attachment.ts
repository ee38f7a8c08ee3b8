// attachment:* — PDF attachments of 十二 其他说明. The renderer never names a path: Electron picks the
// file in main's dialog, web mode names a PDF inside the workspace. Main checks the file is a PDF
// the export can merge and returns the path relative to the document's folder.
import { basename, extname } from 'node:path'
import { err, ok } from '../../../../core/api/result'
import { placeAttachment, readCheckedPdf } from '../../documents/attachment-files'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

export const NEEDS_SAVED_DOCUMENT = '请先保存文档：附件会复制到文档所在文件夹的“附件”中，文档记录其相对位置'

export function attachmentHandlers(deps: HandlerDeps): Pick<Handlers, 'attachment:list' | 'attachment:pick'> {
  const { places, session, fs } = deps
  return {
    'attachment:list': async () => {
      const listed = await places.listPdfs()
      return listed.ok ? ok({ files: listed.value }) : listed
    },
    'attachment:pick': async ({ name }) => {
      const base = places.attachmentBase(session.currentPath)
      if (base === null) return err('NO_PATH', NEEDS_SAVED_DOCUMENT)
      const picked = await places.pickPdf(name, session.currentPath)
      if (!picked.ok) return picked
      const pdf = await readCheckedPdf(picked.value)
      if (!pdf.ok) return pdf
      const placed = await placeAttachment(fs, base, picked.value, pdf.value)
      if (!placed.ok) return placed
      const file = basename(picked.value)
      return ok({ path: placed.value.path, title: basename(file, extname(file)).slice(0, 200), pages: pdf.value.pages, copied: placed.value.copied })
    },
  }
}
