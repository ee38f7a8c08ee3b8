import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyDraftPatch, diffDraft } from './draft-patch'

describe('draft patches', () => {
  const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `l${i}`, amount: `${i}.00` }))
  const draft = { department: { name: '局' }, lines: rows, performance: { projectForms: [{ id: 'f1' }] } }

  it('sends only the changed cell of a long list and keeps every other row the same object', () => {
    const next = { ...draft, lines: rows.map((r, i) => (i === 500 ? { ...r, amount: '7.00' } : r)) }
    const patch = diffDraft(draft, next)
    expect(JSON.stringify(patch).length).toBeLessThan(6000)
    expect(JSON.stringify(patch)).toContain('"amount":{"set":"7.00"}')
    const applied = applyDraftPatch(draft, patch) as typeof draft
    expect(applied).toEqual(next)
    expect(applied.lines[499]).toBe(rows[499])
    expect(applied.lines[500]).not.toBe(rows[500])
    expect(applied.department).toBe(draft.department)
    expect(applied.performance).toBe(draft.performance)
  })

  it('names moved rows by their old place: a deleted row shifts the others without copying them', () => {
    const next = { ...draft, lines: rows.filter((_, i) => i !== 3) }
    const applied = applyDraftPatch(draft, diffDraft(draft, next)) as typeof draft
    expect(applied.lines).toHaveLength(999)
    expect(applied.lines[3]).toBe(rows[4])
  })

  it('rebuilds any edited value exactly', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(undefined), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('node'), { maxKeys: 3 })),
    })).node
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(applyDraftPatch(structuredClone(a), structuredClone(diffDraft(a, b)))).toEqual(b)
      }),
    )
  })
})
