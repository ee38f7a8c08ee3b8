// document:fromPublished — 从上年公开文件新建. The file (main's dialog; web: a workspace name) is read
// here with the size, page and time limits of the extractor; the renderer gets the new year's
// draft and the report of what was found where, and applies only the blocks the officer confirms.
import { basename } from 'node:path'
import { err, ok } from '../../../../core/api/result'
import { draftFromPublished } from '../../../../core/published'
import { PUBLISHED_FILE_LIMITS, readPublishedFile } from '../../import/published/published-file'
import { templateDirFor } from '../../templates/template-files'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

type PublishedHandlers = Pick<Handlers, 'document:listPublished' | 'document:fromPublished'>

export function publishedHandlers(deps: HandlerDeps): PublishedHandlers {
  const { session, places } = deps
  return {
    'document:listPublished': async () => {
      const r = await places.listPublished()
      return r.ok ? ok({ files: r.value }) : r
    },
    'document:fromPublished': async ({ name }) => {
      const picked = await places.pickPublished(name, session.currentPath)
      if (!picked.ok) return picked
      const fileName = basename(picked.value)
      let bytes: Uint8Array
      try {
        const size = (await deps.fs.stat(picked.value)).size
        if (size > PUBLISHED_FILE_LIMITS.maxBytes) return err('INVALID_DOCUMENT', `“${fileName}”超过${Math.round(PUBLISHED_FILE_LIMITS.maxBytes / 1024 / 1024)}MB，不像一份部门预算公开文件`)
        bytes = new Uint8Array(await deps.fs.readFile(picked.value))
      } catch {
        return err('NOT_FOUND', `无法读取“${fileName}”，请确认文件存在且未被其他程序占用`)
      }
      const read = await readPublishedFile(bytes, fileName)
      if (!read.ok) return err('INVALID_DOCUMENT', read.message)
      const targetYear = read.reading.year + 1
      const draft = draftFromPublished(read.reading, targetYear, { templateYear: templateDirFor(targetYear, deps.templatesRoot).year, appVersion: deps.appVersion, savedAt: deps.now().toISOString() })
      if (!draft.ok) return err('INVALID_DOCUMENT', draft.message)
      // A new document: its first save asks where.
      session.currentPath = null
      return ok({ document: draft.document, report: draft.report, source: fileName })
    },
  }
}
