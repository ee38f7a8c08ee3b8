// Small helpers over the draft: fresh ids, new rows, and reading back a journaled draft that may
// hold cells that do not parse yet (the recovery journal keeps exactly what was typed).
import { Envelope, type BudgetDocument } from '../../../core/document/envelope'
import { DocumentDataShape } from '../../../core/model/document-data'

let counter = 0
/** Ids match the schema's pattern: a letter, then letters, digits, `-`. */
export function newId(prefix: string): string {
  counter = (counter + 1) % 1_000_000
  return `${prefix}-${Date.now().toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`
}

type Loose = Record<string, unknown>

function isObject(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A journaled editing state → a draft document; null when it is not one at all. */
export function coerceDraft(raw: unknown): BudgetDocument | null {
  const parsed = Envelope.safeParse(raw)
  if (parsed.success) return parsed.data
  if (!isObject(raw) || !isObject(raw['data']) || typeof raw['templateYear'] !== 'number') return null
  const data: Loose = { ...raw['data'] }
  // Missing sections take their defaults; present ones are kept exactly as journaled.
  for (const [key, schema] of Object.entries(DocumentDataShape.shape)) {
    if (data[key] !== undefined) continue
    const d = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(undefined)
    data[key] = d.success ? d.data : key === 'units' ? [] : {}
  }
  return { ...(raw as unknown as BudgetDocument), data: data as unknown as BudgetDocument['data'] }
}

/** Replaces the members of a subset of a list in place; new members go after the last old one. */
export function replaceSubset<T>(all: readonly T[], isMember: (item: T) => boolean, members: readonly T[]): T[] {
  const out: T[] = []
  let k = 0
  let lastIndex = -1
  all.forEach((item) => {
    if (!isMember(item)) {
      out.push(item)
      return
    }
    if (k < members.length) {
      out.push(members[k] as T)
      k++
      lastIndex = out.length - 1
    }
  })
  const rest = members.slice(k)
  if (rest.length === 0) return out
  const at = lastIndex >= 0 ? lastIndex + 1 : out.length
  return [...out.slice(0, at), ...rest, ...out.slice(at)]
}
