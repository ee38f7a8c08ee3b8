// recovery:* — the autosave journal. Written every few seconds by the renderer; checked on start;
// discarded after a save (document handlers) or when the officer closes without saving.
import { basename } from 'node:path'
import { ok } from '../../../../core/api/result'
import { loadDocumentValue, type BudgetDocument } from '../../../../core/document/envelope'
import { exists } from '../../documents/fs-layer'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

type RecoveryHandlers = Pick<Handlers, 'recovery:write' | 'recovery:check' | 'recovery:restore' | 'recovery:discard'>

/** The journal as a document, when it is one: the state itself, or its `document` field. */
export function documentInState(state: unknown): BudgetDocument | undefined {
  for (const candidate of [state, (state as { document?: unknown } | null)?.document]) {
    if (candidate === undefined) continue
    const loaded = loadDocumentValue(candidate)
    if (loaded.ok) return loaded.document
  }
  return undefined
}

export function recoveryHandlers(deps: HandlerDeps): RecoveryHandlers {
  const { journal, session } = deps
  return {
    'recovery:write': async ({ document }) => journal.write(document, deps.now(), session.currentPath),
    'recovery:check': async () => {
      const read = await journal.read()
      if (read.kind !== 'entry') {
        session.journalDocumentPath = null
        return ok({ available: false })
      }
      const { entry } = read
      session.journalDocumentPath = entry.documentPath ?? null
      const document = documentInState(entry.state)
      return ok({
        available: true,
        journaledAt: entry.journaledAt,
        state: entry.state,
        ...(document ? { document } : {}),
        ...(entry.documentPath ? { documentName: basename(entry.documentPath) } : {}),
      })
    },
    'recovery:restore': async () => {
      const path = session.journalDocumentPath
      session.currentPath = path && deps.places.accepts(path) && (await exists(deps.fs, path)) ? path : null
      session.dirty = true
      return ok(session.currentPath ? { ref: deps.places.refOf(session.currentPath) } : {})
    },
    'recovery:discard': async () => {
      session.journalDocumentPath = null
      return journal.discard()
    },
  }
}
