// catalog:* — 导入科目表. The renderer never names a path: Electron picks the file in main's dialog,
// web mode names a file inside the workspace. Main reads it; the merge happens in the renderer,
// where the document lives (and in the CLI).
import { basename } from 'node:path'
import { ok } from '../../../../core/api/result'
import { readCatalogFile } from '../../import/read-catalog-file'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

export function catalogHandlers(deps: HandlerDeps): Pick<Handlers, 'catalog:listFiles' | 'catalog:import'> {
  const { places, session } = deps
  return {
    'catalog:listFiles': async () => {
      const listed = await places.listCatalogFiles()
      return listed.ok ? ok({ files: listed.value }) : listed
    },
    'catalog:import': async ({ name }) => {
      const picked = await places.pickCatalogFile(name, session.currentPath)
      if (!picked.ok) return picked
      const read = await readCatalogFile(picked.value)
      if (!read.ok) return read
      return ok({ file: basename(picked.value), entries: read.value.entries, problems: read.value.problems.slice(0, 200) })
    },
  }
}
