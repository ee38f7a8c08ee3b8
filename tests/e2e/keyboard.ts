// Keyboard-only driving for the end-to-end journey: Tab until a control has the focus, what has the
// focus, and a guard that fails the test if any mouse event reaches the page.
import type { Page } from 'playwright-core'

/** Presses Tab (or Shift+Tab) until `selector` matches the focused element; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, options: { back?: boolean; max?: number } = {}): Promise<number> {
  const max = options.max ?? 120
  for (let i = 0; i <= max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`按 ${max} 次 Tab 仍未到达 ${selector}；焦点在 ${await focused(page)}`)
}

/** A short description of the focused element (for assertions and failure messages). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return 'body'
    const id = el.getAttribute('data-testid') ?? el.id
    return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${el.closest('[data-testid^="grid-"]') ? `@${el.closest('[data-testid^="grid-"]')?.getAttribute('data-testid')}` : ''}`
  })
}

/** Whether the focus is visibly marked: an outline, a box shadow or a border in the focus colour. */
export function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return false
    const s = getComputedStyle(el)
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
    const shadow = s.boxShadow !== 'none'
    const border = parseFloat(s.borderTopWidth) >= 1 && /rgb\((22|64|9), (119|150|88), (255|217)/.test(s.borderTopColor)
    return outline || shadow || border
  })
}

/** Counts every mouse and pointer event the page receives, from the start of each document. */
export async function countMouseEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __mouseEvents: number }
    w.__mouseEvents = 0
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'pointerup', 'mousemove', 'dblclick', 'contextmenu']) {
      window.addEventListener(
        type,
        (e) => {
          // A keyboard-activated button fires a synthetic click with detail 0 and no pointer: that is the keyboard.
          if (type === 'click' && (e as MouseEvent).detail === 0) return
          w.__mouseEvents++
        },
        true,
      )
    }
  })
}

export function mouseEvents(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __mouseEvents: number }).__mouseEvents)
}
