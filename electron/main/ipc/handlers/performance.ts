// performance:* — copying 绩效目标 forms from last year's document. Main reads the file the officer
// picked (Electron: main's dialog; web mode: a document in the workspace) and runs the core's
// copyFormsFromPriorDocument; the renderer shows the report and applies the result as one edit.
import { basename } from 'node:path'
import { ok } from '../../../../core/api/result'
import { copyFormsFromPriorDocument } from '../../../../core/performance/copy-forms'
import { readDocumentAt } from '../../documents/document-io'
import { DIALOG } from '../../text/zh-cn'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

export function performanceHandlers(deps: HandlerDeps): Pick<Handlers, 'performance:copyFromPrior'> {
  const { places, session, fs } = deps
  return {
    'performance:copyFromPrior': async ({ document, name, overwrite }) => {
      const picked = await places.pickOpen(name, session.currentPath, DIALOG.priorDocumentTitle)
      if (!picked.ok) return picked
      // Reading the prior document does not open it: the session keeps saving to the current file.
      const loaded = await readDocumentAt(fs, picked.value)
      if (!loaded.ok) return loaded
      const prior = loaded.value.document.data
      const { performance, report } = copyFormsFromPriorDocument(prior, document.data, { overwrite })
      return ok({ performance, report, source: { name: basename(picked.value), departmentName: prior.department.displayName, budgetYear: prior.department.budgetYear } })
    },
  }
}
