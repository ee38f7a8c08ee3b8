// Document operations against main: new, open, open a sample, save, save as, recovery. Errors come
// back as Results with Chinese messages; the draft in memory is never touched by a failure.
import type { AppError } from '../../../../core/api/result'
import { Envelope, type BudgetDocument } from '../../../../core/document/envelope'
import { call } from '../../api/client'
import { inputFinding } from '../../state/input-findings'
import { analyseOpened } from '../../state/session'
import { loadTemplate } from '../../state/template'
import type { Finding } from '../../../../core/rules/finding'
import { coerceDraft } from '../../state/draft'
import { currentDocument, getState, loadDocument, markSaved, type DocRef } from '../../state/store'
import { text } from '../../text/zh-CN'

export type Outcome = { ok: true; message?: string } | { ok: false; error: AppError } | { ok: false; invalid: Finding[] }

const fail = (error: AppError): Outcome => ({ ok: false, error })

/**
 * Shows a document. Its year's template is asked for first, so it loads while the first step
 * renders, and the analysis starts the moment it is here rather than after the next render.
 */
function show(document: BudgetDocument, ref: DocRef | null, saved: boolean): void {
  const template = loadTemplate(document.templateYear)
  loadDocument(document, ref, saved)
  const opened = getState().opened
  void template.then((l) => {
    if (l.ok && getState().opened === opened && getState().history?.present === document) analyseOpened(document, l.template, opened)
  })
}

/** The draft as a document that may be written: every cell must parse. */
export function savable(doc: BudgetDocument): { ok: true; document: BudgetDocument } | { ok: false; invalid: Finding[] } {
  const parsed = Envelope.safeParse(doc)
  if (parsed.success) return { ok: true, document: parsed.data }
  const invalid = parsed.error.issues.map((i) => inputFinding({ path: (i.path as (string | number)[]).slice(1), message: i.message }, doc.data))
  return { ok: false, invalid }
}

export async function newDocument(budgetYear: number, departmentName?: string): Promise<Outcome> {
  const r = await call('document:new', departmentName ? { budgetYear, departmentName } : { budgetYear })
  if (!r.ok) return fail(r.error)
  show(r.value.document, null, false)
  await call('recovery:discard', {})
  return { ok: true }
}

async function opened(r: Awaited<ReturnType<typeof call<'document:open'>>>): Promise<Outcome> {
  if (!r.ok) return fail(r.error)
  show(r.value.document, r.value.ref, true)
  await call('recovery:discard', {})
  return r.value.migratedFrom ? { ok: true, message: text.documentDialogs.migrated(r.value.migratedFrom) } : { ok: true }
}

export async function openDocument(name?: string): Promise<Outcome> {
  return opened(await call('document:open', name === undefined ? {} : { name }))
}

export async function openRecent(id: string): Promise<Outcome> {
  return opened(await call('document:openRecent', { id }))
}

export async function openSample(id: '000' | '001' | '004'): Promise<Outcome> {
  const r = await call('document:openSample', { id })
  if (!r.ok) return fail(r.error)
  show(r.value.document, null, false)
  await call('recovery:discard', {})
  return { ok: true }
}

function afterSave(doc: BudgetDocument, ref: DocRef): Outcome {
  markSaved(doc, ref)
  void call('recovery:discard', {})
  return { ok: true, message: text.documentDialogs.savedMessage(ref.name) }
}

/** Saves over the current file; NO_PATH when there is none yet (the caller then asks for a name). */
export async function saveDocument(replaceReadOnly = false): Promise<Outcome> {
  const doc = currentDocument()
  if (!doc) return { ok: true }
  const s = savable(doc)
  if (!s.ok) return s
  if (!getState().ref) return fail({ code: 'NO_PATH', message: '' })
  const r = await call('document:save', replaceReadOnly ? { document: s.document, replaceReadOnly } : { document: s.document })
  return r.ok ? afterSave(doc, r.value.ref) : fail(r.error)
}

export async function saveDocumentAs(name?: string, replaceReadOnly = false): Promise<Outcome> {
  const doc = currentDocument()
  if (!doc) return { ok: true }
  const s = savable(doc)
  if (!s.ok) return s
  const r = await call('document:saveAs', { document: s.document, ...(name === undefined ? {} : { name }), ...(replaceReadOnly ? { replaceReadOnly } : {}) })
  return r.ok ? afterSave(doc, r.value.ref) : fail(r.error)
}

export interface RecoveryOffer {
  journaledAt: string
  draft: BudgetDocument
  documentName?: string
}

export async function checkRecovery(): Promise<RecoveryOffer | null> {
  const r = await call('recovery:check', {})
  if (!r.ok || !r.value.available) return null
  const draft = coerceDraft(r.value.state ?? r.value.document)
  if (!draft) return null
  const offer: RecoveryOffer = { journaledAt: r.value.journaledAt ?? '', draft }
  if (r.value.documentName) offer.documentName = r.value.documentName
  return offer
}

export async function restoreRecovery(offer: RecoveryOffer): Promise<void> {
  const r = await call('recovery:restore', {})
  show(offer.draft, r.ok && r.value.ref ? r.value.ref : null, false)
}

export async function discardRecovery(): Promise<void> {
  await call('recovery:discard', {})
}

export function suggestedName(doc: BudgetDocument): string {
  const name = doc.data.department.displayName.replace(/[/\\:*?"<>|]/g, '').trim()
  return text.format.fileName(name || text.common.untitled, doc.templateYear)
}
