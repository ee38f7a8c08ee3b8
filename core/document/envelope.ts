// The file envelope (architecture: The document). Open: parse → refuse a newer schemaVersion →
// migrations → zod parse. A broken or newer file is refused with a reason, never half-loaded.
import { z } from 'zod'
import { DocumentData } from '../model/document-data'
import { Year } from '../model/primitives'
import { migrate } from './migrations'

export const DOCUMENT_FORMAT = 'budget-disclosure'
export const CURRENT_SCHEMA_VERSION = 1
export const DOCUMENT_EXTENSION = '.ysgk.json'

export const Envelope = z.object({
  format: z.literal(DOCUMENT_FORMAT, { error: `文件格式标识应为“${DOCUMENT_FORMAT}”` }),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(64),
  templateYear: Year,
  savedAt: z.string().max(64),
  data: DocumentData,
})
export type BudgetDocument = z.infer<typeof Envelope>

export interface LoadProblem {
  /** Field path as shown to the officer: `data.lines[3].amount`. */
  path: string
  message: string
}

export type LoadResult = { ok: true; document: BudgetDocument; migratedFrom?: number } | { ok: false; code: LoadErrorCode; message: string; problems: LoadProblem[] }
export type LoadErrorCode = 'EMPTY' | 'MALFORMED_JSON' | 'NOT_A_DOCUMENT' | 'NEWER_VERSION' | 'INVALID'

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`
  return out
}

function fail(code: LoadErrorCode, message: string, problems: LoadProblem[] = []): LoadResult {
  return { ok: false, code, message, problems }
}

/** Parses a document file's text. Never throws. */
export function loadDocument(input: string): LoadResult {
  // Notepad and some editors save UTF-8 with a byte-order mark; JSON.parse refuses it.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  if (text.trim() === '') return fail('EMPTY', '文件是空的，无法打开')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (e) {
    // The engine's text is English; only the position is passed on.
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1]
    return fail('MALFORMED_JSON', `文件已损坏或不完整，不是有效的 JSON${position ? `（第 ${Number(position) + 1} 个字符附近）` : ''}`)
  }
  return loadDocumentValue(raw)
}

export function loadDocumentValue(raw: unknown): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('NOT_A_DOCUMENT', '这不是预算公开文档文件')
  const obj = raw as Record<string, unknown>
  if (obj['format'] !== DOCUMENT_FORMAT) return fail('NOT_A_DOCUMENT', `这不是预算公开文档文件（缺少格式标识“${DOCUMENT_FORMAT}”）`)
  const version = obj['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('INVALID', '文件的 schemaVersion 无效', [{ path: 'schemaVersion', message: '应为正整数' }])
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail('NEWER_VERSION', `此文件由更新版本的程序保存（文件格式版本 ${version}，本程序支持到 ${CURRENT_SCHEMA_VERSION}），请升级程序后再打开`)
  }
  const migrated = migrate(obj, version)
  const parsed = Envelope.safeParse(migrated)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))
    const first = problems[0]
    const more = problems.length > 1 ? `等 ${problems.length} 处问题` : ''
    return fail('INVALID', `文件内容有误：${first ? `${first.path}：${first.message}` : ''}${more}`, problems)
  }
  return version < CURRENT_SCHEMA_VERSION ? { ok: true, document: parsed.data, migratedFrom: version } : { ok: true, document: parsed.data }
}

export function serializeDocument(doc: BudgetDocument, appVersion: string, savedAt: string): string {
  const out: BudgetDocument = { ...doc, format: DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion, savedAt }
  return `${JSON.stringify(out, null, 2)}\n`
}
