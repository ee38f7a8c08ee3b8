// document:* — new, open (dialog / workspace / recent / pending from the OS), samples, save.
// Main decides where a document is written: the file it was opened from or the path picked in a
// main-side dialog (web mode: a validated name inside the workspace), never a path from the renderer.
import { basename, join } from 'node:path'
import { err, ok, type Result } from '../../../../core/api/result'
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, type BudgetDocument } from '../../../../core/document/envelope'
import { DocumentData } from '../../../../core/model/document-data'
import { readDocumentAt, writeDocumentAt, type LoadedDocument } from '../../documents/document-io'
import { fsErrorResult } from '../../documents/fs-errors'
import { suggestedFileName } from '../../documents/places'
import { recentId } from '../../documents/recent-files'
import { templateDirFor } from '../../templates/template-files'
import { MESSAGES } from '../../text/zh-cn'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

type DocumentHandlers = Pick<
  Handlers,
  'document:new' | 'document:list' | 'document:open' | 'document:recent' | 'document:openRecent' | 'document:takePending' | 'document:openSample' | 'document:save' | 'document:saveAs'
>

/** A blank document for a budget year; names are placeholders the first wizard step asks for. */
export function newDocument(budgetYear: number, templateYear: number, appVersion: string, savedAt: string, departmentName?: string): BudgetDocument {
  const name = departmentName ?? MESSAGES.untitled
  const data = DocumentData.parse({
    department: { displayName: name, plainName: name, code: '000', level: 'county', regionName: MESSAGES.regionUnknown, budgetYear },
    units: [{ id: 'u1', name, type: 'administrative', isHeadUnit: true }],
  })
  return { format: DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion, templateYear, savedAt, data }
}

export function documentHandlers(deps: HandlerDeps): DocumentHandlers {
  const { session, places, fs } = deps

  const opened = async (path: string, loaded: LoadedDocument) => {
    session.currentPath = path
    await deps.recent.add(path, deps.now())
    deps.onRecentChanged()
    return { ...loaded, ref: places.refOf(path) }
  }
  const openAt = async (path: string) => {
    const loaded = await readDocumentAt(fs, path)
    return loaded.ok ? ok(await opened(path, loaded.value)) : loaded
  }
  const saveTo = async (path: string, document: BudgetDocument, replaceReadOnly = false): Promise<Result<{ ref: { name: string; location: string }; savedAt: string }>> => {
    const written = await writeDocumentAt(
      { fs, appVersion: deps.appVersion, backupsDir: deps.backupsDir, ...(deps.backupPolicy ? { backupPolicy: deps.backupPolicy } : {}), ...(deps.sleep ? { sleep: deps.sleep } : {}), replaceReadOnly },
      path,
      document,
      deps.now(),
    )
    // On failure the journal stays: the officer's work survives a crash after a failed save.
    if (!written.ok) return written
    session.currentPath = path
    await deps.journal.discard()
    await deps.recent.add(path, deps.now())
    deps.onRecentChanged()
    return ok({ ref: places.refOf(path), savedAt: written.value.savedAt })
  }

  return {
    'document:new': async ({ budgetYear, departmentName }) => {
      const templateYear = templateDirFor(budgetYear, deps.templatesRoot).year
      session.currentPath = null
      return ok({ document: newDocument(budgetYear, templateYear, deps.appVersion, deps.now().toISOString(), departmentName) })
    },
    'document:list': async () => {
      const listed = await places.list()
      return listed.ok ? ok({ files: listed.value }) : listed
    },
    'document:open': async ({ name }) => {
      const picked = await places.pickOpen(name, session.currentPath)
      return picked.ok ? openAt(picked.value) : picked
    },
    'document:recent': async () => {
      const entries = (await deps.recent.list()).filter((e) => places.accepts(e.path))
      return ok({ files: entries.map((e) => ({ id: recentId(e.path), ...places.refOf(e.path), openedAt: e.openedAt })) })
    },
    'document:openRecent': async ({ id }) => {
      const entry = await deps.recent.find(id)
      if (!entry || !places.accepts(entry.path)) return err('NOT_FOUND', MESSAGES.recentMissing)
      return openAt(entry.path)
    },
    'document:takePending': async () => {
      const path = session.pendingOpenPath
      session.pendingOpenPath = null
      if (!path) return ok({ pending: null })
      const r = await openAt(path)
      return r.ok ? ok({ pending: r.value }) : r
    },
    'document:openSample': async ({ id }) => {
      let names: string[]
      try {
        names = await fs.readdir(deps.samplesDir)
      } catch (e) {
        return fsErrorResult(e, '读取', deps.samplesDir)
      }
      const file = names.filter((n) => n.startsWith(`${id}-`) && n.endsWith('.json')).sort()[0]
      if (!file) return err('NOT_FOUND', MESSAGES.sampleMissing)
      const loaded = await readDocumentAt(fs, join(deps.samplesDir, file))
      if (!loaded.ok) return loaded
      // A sample is never saved over: the next save asks where.
      session.currentPath = null
      return ok({ document: loaded.value.document })
    },
    'document:save': async ({ document, replaceReadOnly }) => {
      if (!session.currentPath) return err('NO_PATH', MESSAGES.noPath)
      return saveTo(session.currentPath, document, replaceReadOnly === true)
    },
    'document:saveAs': async ({ document, name, replaceReadOnly }) => {
      const suggested = session.currentPath ? basename(session.currentPath) : suggestedFileName(document.data.department.displayName, document.data.department.budgetYear)
      const picked = await places.pickSave(name, suggested, session.currentPath)
      return picked.ok ? saveTo(picked.value, document, replaceReadOnly === true) : picked
    },
  }
}
