// document:rollover and document:mergeUnit — documents made from other documents. The source file
// is picked in main's dialog (web: a workspace name) and read here; the renderer gets the new
// document and a report, and nothing replaces its document until the officer confirms.
import { basename, resolve } from 'node:path'
import { err, ok } from '../../../../core/api/result'
import { mergeUnitDocument, rollOver } from '../../../../core/rollover'
import { analyze } from '../../../../core/rules/analyze'
import { readDocumentAt } from '../../documents/document-io'
import { loadCodeChanges } from '../../import/code-changes-loader'
import { templateDirFor } from '../../templates/template-files'
import { DIALOG } from '../../text/zh-cn'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

type RolloverHandlers = Pick<Handlers, 'document:rollover' | 'document:mergeUnit'>

export function rolloverHandlers(deps: HandlerDeps): RolloverHandlers {
  const { session, places } = deps
  return {
    'document:rollover': async ({ name }) => {
      const picked = await places.pickOpen(name, session.currentPath, DIALOG.rolloverTitle)
      if (!picked.ok) return picked
      const loaded = await readDocumentAt(deps.fs, picked.value)
      if (!loaded.ok) return loaded
      const prior = loaded.value.document
      const targetYear = prior.data.department.budgetYear + 1
      const templateYear = templateDirFor(targetYear, deps.templatesRoot).year
      const priorCatalog = deps.loadCatalog(prior.templateYear)
      const rolled = rollOver(
        prior,
        analyze(prior.data, priorCatalog),
        targetYear,
        { prior: priorCatalog, target: deps.loadCatalog(templateYear), codeChanges: loadCodeChanges(templateYear, deps.templatesRoot) },
        { templateYear, appVersion: deps.appVersion, savedAt: deps.now().toISOString() },
      )
      if (!rolled.ok) return err('INVALID_DOCUMENT', rolled.message)
      // This year's draft is a new document: the first save asks where, never over last year's file.
      session.currentPath = null
      return ok({ document: rolled.document, report: rolled.report, source: basename(picked.value) })
    },
    'document:mergeUnit': async ({ document, name }) => {
      const picked = await places.pickOpen(name, session.currentPath, DIALOG.mergeTitle)
      if (!picked.ok) return picked
      if (session.currentPath && resolve(picked.value) === resolve(session.currentPath)) return err('INVALID_REQUEST', '所选文件就是当前的部门文档，请选择所属单位的文档')
      const loaded = await readDocumentAt(deps.fs, picked.value)
      if (!loaded.ok) return loaded
      const merged = mergeUnitDocument(document, loaded.value.document)
      if (!merged.ok) return err('INVALID_DOCUMENT', merged.message)
      return ok({ document: merged.document, preview: merged.preview, source: basename(picked.value) })
    },
  }
}
