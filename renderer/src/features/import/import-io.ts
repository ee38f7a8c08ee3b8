// What the import screens do to the editor: the document sent as the base of a preview or merge,
// and the result put in place — one undo step on the open document, or a fresh unsaved document.
import type { BudgetDocument } from '../../../../core/document/envelope'
import { call } from '../../api/client'
import { currentDocument, loadDocument, replaceDocument } from '../../state/store'
import { text } from '../../text/zh-CN'
import { savable } from '../document/document-io'

export type Base = { ok: true; draft: BudgetDocument; document: BudgetDocument } | { ok: false; message: string }

/** The open document as main may receive it (every cell must parse); `draft` is the editor's snapshot. */
export function baseDocument(): Base | null {
  const draft = currentDocument()
  if (!draft) return null
  const s = savable(draft)
  return s.ok ? { ok: true, draft, document: s.document } : { ok: false, message: text.importer.invalidBase }
}

/** Replaces the open document when it is still the snapshot the result was computed from. */
export function applyToCurrent(draft: BudgetDocument, result: BudgetDocument): boolean {
  if (currentDocument() !== draft) return false
  replaceDocument(result)
  return true
}

/** A document that is not the open one (import into a new document, rollover): unsaved, fresh history. */
export async function openAsNew(document: BudgetDocument): Promise<void> {
  loadDocument(document, null, false)
  await call('recovery:discard', {})
}
