// The window's size and position, remembered in the app data folder and checked against the
// displays at start: a window saved on a monitor that is gone comes back centred on one that exists.
import { join } from 'node:path'
import { atomicWrite } from './documents/atomic-write'
import type { FsLayer } from './documents/fs-layer'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  width: number
  height: number
  x?: number
  y?: number
  maximized: boolean
}

export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false }
/** The wizard's entry grid needs this much room. */
export const MIN_WINDOW_SIZE = { width: 1024, height: 680 } as const
/** How much of the title bar must be on a display for a saved position to be reused. */
const VISIBLE_MARGIN = { width: 120, height: 40 }

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  return { x, y, width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x), height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y) }
}

/** Any stored value (or garbage) → a state that fits the given work areas. */
export function normalizeWindowState(raw: unknown, workAreas: readonly Rect[]): WindowState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  const largest = workAreas.reduce<Rect | undefined>((best, a) => (!best || a.width * a.height > best.width * best.height ? a : best), undefined)
  const maxW = largest ? Math.max(MIN_WINDOW_SIZE.width, largest.width) : Number.POSITIVE_INFINITY
  const maxH = largest ? Math.max(MIN_WINDOW_SIZE.height, largest.height) : Number.POSITIVE_INFINITY
  const width = Math.round(Math.min(maxW, Math.max(MIN_WINDOW_SIZE.width, finite(r['width']) ? r['width'] : DEFAULT_WINDOW_STATE.width)))
  const height = Math.round(Math.min(maxH, Math.max(MIN_WINDOW_SIZE.height, finite(r['height']) ? r['height'] : DEFAULT_WINDOW_STATE.height)))
  const state: WindowState = { width, height, maximized: r['maximized'] === true }
  if (finite(r['x']) && finite(r['y'])) {
    const titleBar: Rect = { x: r['x'], y: r['y'], width, height: VISIBLE_MARGIN.height }
    const visible = workAreas.some((a) => {
      const o = overlap(titleBar, a)
      return o.width >= VISIBLE_MARGIN.width && o.height >= VISIBLE_MARGIN.height / 2
    })
    if (visible) {
      state.x = Math.round(r['x'])
      state.y = Math.round(r['y'])
    }
  }
  return state
}

export function stateFromBounds(bounds: Rect, maximized: boolean): WindowState {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized }
}

export async function loadWindowState(fs: FsLayer, appDataDir: string, workAreas: readonly Rect[]): Promise<WindowState> {
  try {
    return normalizeWindowState(JSON.parse((await fs.readFile(join(appDataDir, WINDOW_STATE_FILE))).toString('utf8')), workAreas)
  } catch {
    return normalizeWindowState(undefined, workAreas)
  }
}

/** Best effort: a window size that cannot be saved is not worth a message. */
export async function saveWindowState(fs: FsLayer, appDataDir: string, state: WindowState): Promise<void> {
  try {
    await fs.mkdir(appDataDir)
    await atomicWrite(join(appDataDir, WINDOW_STATE_FILE), JSON.stringify(state), { fs })
  } catch {
    // ignored
  }
}

/** Calls `save` once changes have settled for `delayMs` (resize and move fire continuously). */
export function debounce(save: () => void, delayMs: number): { trigger(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined
  return {
    trigger() {
      if (timer) clearTimeout(timer)
      timer = setTimeout(() => {
        timer = undefined
        save()
      }, delayMs)
    },
    flush() {
      if (timer) clearTimeout(timer)
      timer = undefined
      save()
    },
  }
}
