import { describe, expect, it } from 'vitest'
import { COALESCE_MS, record, redo, startHistory, undo } from './history'

describe('history', () => {
  it('undoes and redoes snapshots', () => {
    let h = startHistory('a')
    h = record(h, 'b', undefined, 0)
    h = record(h, 'c', undefined, 1)
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(undo(h)).toBe(h)
    h = redo(h)
    expect(h.present).toBe('b')
    h = record(h, 'x', undefined, 2)
    expect(h.future).toEqual([])
    expect(redo(h)).toBe(h)
  })

  it('merges quick edits of one field into one step', () => {
    let h = startHistory('')
    h = record(h, '1', 'amount', 0)
    h = record(h, '12', 'amount', 100)
    h = record(h, '123', 'amount', 200)
    expect(h.past).toEqual([''])
    h = record(h, '1234', 'amount', 200 + COALESCE_MS)
    expect(h.past).toEqual(['', '123'])
    h = record(h, '1234!', 'name', 200 + COALESCE_MS + 1)
    expect(undo(h).present).toBe('1234')
  })
})
