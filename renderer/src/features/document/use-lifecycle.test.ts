import { describe, expect, it } from 'vitest'
import { AUTOSAVE_MAX_MS, AUTOSAVE_PAUSE_MS, journalDue } from './use-lifecycle'

describe('recovery journal timing', () => {
  it('waits while the officer types, writes once typing pauses', () => {
    const start = 1_000_000
    // An edit every 300 ms: never due between two keystrokes…
    for (let t = start; t < start + 5000; t += 300) expect(journalDue(t + 299, t, start)).toBe(false)
    // …due once the last edit is a pause old.
    expect(journalDue(start + AUTOSAVE_PAUSE_MS - 1, start, start)).toBe(false)
    expect(journalDue(start + AUTOSAVE_PAUSE_MS, start, start)).toBe(true)
  })

  it('writes at least every AUTOSAVE_MAX_MS while typing goes on', () => {
    const start = 1_000_000
    const now = start + AUTOSAVE_MAX_MS
    expect(journalDue(now - 1, now - 100, start)).toBe(false)
    expect(journalDue(now, now - 100, start)).toBe(true)
  })

  it('nothing pending: only the pause counts', () => {
    expect(journalDue(50_000, 49_000, 0)).toBe(false)
    expect(journalDue(50_000, 50_000 - AUTOSAVE_PAUSE_MS, 0)).toBe(true)
  })
})
