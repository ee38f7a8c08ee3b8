// The editing session: one document with undo/redo, what was last saved and journaled, the step on
// screen and a pending "jump to this field" request. The draft may hold text that does not parse
// yet (a bad pasted cell): it is kept as typed and reported by validate-draft, never dropped.
import { useSyncExternalStore } from 'react'
import type { DocumentRef } from '../../../core/api/contract'
import type { BudgetDocument } from '../../../core/document/envelope'
import type { DocumentData } from '../../../core/model/document-data'
import type { StepId } from '../../../core/rules/finding'
import type { ExportAuditSummary } from '../../../core/rules/inspection'
import type { z } from 'zod'
import { record, redo, startHistory, undo, type History } from './history'
import { STEP_IDS } from './steps'

export type DocRef = z.infer<typeof DocumentRef>

export interface FocusRequest {
  step: StepId
  path?: (string | number)[]
  table?: string
  rowKey?: string
  /** Distinguishes two clicks on the same finding. */
  nonce: number
}

export interface EditorState {
  history: History<BudgetDocument> | null
  /** The snapshot last opened or saved; the document is dirty when the present differs. */
  saved: BudgetDocument | null
  /** The snapshot last written to the recovery journal. */
  journaled: BudgetDocument | null
  ref: DocRef | null
  step: StepId
  focus: FocusRequest | null
  /** Counts documents opened, created or restored: tells a late analysis of an earlier one apart. */
  opened: number
  /** The desktop menu asked for an export (the review step runs it). */
  exportRequest: { formats: ('xlsx' | 'pdf' | 'docx')[]; nonce: number } | null
  /** The self-audit of the last export (K14 of the 体检) and the data it was made from. */
  exportAudit?: { audit: ExportAuditSummary; data: DocumentData } | null
}

let state: EditorState = { history: null, saved: null, journaled: null, ref: null, step: 'organization', focus: null, opened: 0, exportRequest: null }
const listeners = new Set<() => void>()

function set(next: Partial<EditorState>): void {
  state = { ...state, ...next }
  for (const l of listeners) l()
}

export function getState(): EditorState {
  return state
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useSyncExternalStore(subscribe, () => selector(state))
}

export function currentDocument(): BudgetDocument | null {
  return state.history?.present ?? null
}

export function isDirty(s: EditorState = state): boolean {
  return s.history !== null && s.history.present !== s.saved
}

/** A document opened, created or restored: a fresh history. `saved` is null for a restored draft. */
export function loadDocument(document: BudgetDocument, ref: DocRef | null, saved: boolean): void {
  set({ history: startHistory(document), saved: saved ? document : null, journaled: saved ? document : null, ref, focus: null, step: 'organization', opened: state.opened + 1 })
}

export function closeDocument(): void {
  set({ history: null, saved: null, journaled: null, ref: null, focus: null })
}

/** One edit of the document's data. `key` merges quick edits of one field into one undo step. */
export function updateData(recipe: (data: DocumentData) => DocumentData, key?: string): void {
  const h = state.history
  if (!h) return
  const data = recipe(h.present.data)
  if (data === h.present.data) return
  set({ history: record(h, { ...h.present, data }, key, Date.now()) })
}

/** A whole document from an import or a unit merge: one undo step, so nothing is ever half-applied. */
export function replaceDocument(document: BudgetDocument): void {
  const h = state.history
  if (!h || document === h.present) return
  set({ history: record(h, document, undefined, Date.now()) })
}

export function undoEdit(): void {
  if (state.history) set({ history: undo(state.history) })
}

export function redoEdit(): void {
  if (state.history) set({ history: redo(state.history) })
}

export function markSaved(document: BudgetDocument, ref: DocRef): void {
  set({ saved: document, journaled: document, ref })
}

export function markJournaled(document: BudgetDocument): void {
  set({ journaled: document })
}

/** Moving between steps by hand drops any pending jump, so a grid does not jump again on return. */
export function goToStep(step: StepId): void {
  set({ step, focus: null })
}

let nonce = 0
export function requestFocus(request: Omit<FocusRequest, 'nonce'>): void {
  nonce += 1
  set({ step: request.step, focus: { ...request, nonce } })
}

export function requestExport(formats: ('xlsx' | 'pdf' | 'docx')[]): void {
  nonce += 1
  set({ step: 'review', exportRequest: { formats, nonce } })
}

/** Ctrl+PageDown / Ctrl+PageUp: the next or previous step (no wrap-around). */
export function stepBy(delta: 1 | -1): void {
  const i = STEP_IDS.indexOf(state.step)
  const next = STEP_IDS[Math.max(0, Math.min(STEP_IDS.length - 1, i + delta))]
  if (next && next !== state.step) goToStep(next)
}

/** An export's self-audit, valid while the document data is the one exported. */
export function setExportAudit(audit: ExportAuditSummary | undefined, data: DocumentData): void {
  set({ exportAudit: audit ? { audit, data } : null })
}
