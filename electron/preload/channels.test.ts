import { describe, expect, it } from 'vitest'
import { EVENTS } from '../../core/api/contract'
import { EVENT_CHANNELS, isEventChannel } from './channels'

describe('preload channels', () => {
  it('lists exactly the contract’s events', () => {
    expect([...EVENT_CHANNELS].sort()).toEqual(Object.keys(EVENTS).sort())
  })

  it('refuses anything else', () => {
    for (const name of ['budget:call', '__proto__', 'constructor', '', 42, null]) expect(isEventChannel(name)).toBe(false)
  })
})
