import { describe, expect, it } from 'vitest'
import { windowOptions } from './window'
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, normalizeWindowState } from './window-state'

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }]

describe('window options', () => {
  it('uses the remembered size and position and the security baseline', () => {
    const o = windowOptions({ state: { width: 1400, height: 900, x: 100, y: 50, maximized: false }, preloadPath: '/p/index.cjs' })
    expect(o).toMatchObject({ width: 1400, height: 900, x: 100, y: 50, show: false, minWidth: MIN_WINDOW_SIZE.width, minHeight: MIN_WINDOW_SIZE.height, title: '预算公开编制助手' })
    expect(o.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, preload: '/p/index.cjs' })
  })

  it('centres a window without a remembered position', () => {
    const o = windowOptions({ state: DEFAULT_WINDOW_STATE, preloadPath: '/p' })
    expect(o.center).toBe(true)
    expect(o.x).toBeUndefined()
  })
})

describe('window state', () => {
  it('falls back to defaults for garbage', () => {
    for (const raw of [undefined, null, 'x', [], { width: 'wide' }, { width: Number.NaN, height: Infinity }]) {
      expect(normalizeWindowState(raw, screen)).toEqual(DEFAULT_WINDOW_STATE)
    }
  })

  it('keeps a position that is on a display and drops one on a display that is gone', () => {
    expect(normalizeWindowState({ width: 1300, height: 800, x: 40, y: 30, maximized: true }, screen)).toEqual({ width: 1300, height: 800, x: 40, y: 30, maximized: true })
    expect(normalizeWindowState({ width: 1300, height: 800, x: 3000, y: 30 }, screen)).toEqual({ width: 1300, height: 800, maximized: false })
    expect(normalizeWindowState({ width: 1300, height: 800, x: 3000, y: 30 }, [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }])).toMatchObject({ x: 3000, y: 30 })
  })

  it('clamps the size between the minimum and the largest display', () => {
    expect(normalizeWindowState({ width: 200, height: 100 }, screen)).toMatchObject({ width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height })
    expect(normalizeWindowState({ width: 9000, height: 9000 }, screen)).toMatchObject({ width: 1920, height: 1040 })
  })
})
