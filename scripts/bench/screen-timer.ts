// Runs inside the page: starts the clock when Enter goes down, then checks on every animation frame
// whether the grid's total has changed and the findings summary shows the expected error count. A
// change first seen in a frame's rAF callback is painted at the end of that frame, so the figure is
// the time to paint. Kept as plain JavaScript text: tsx would wrap a TypeScript function's inner
// functions in a `__name` helper that does not exist in the page.
export interface EditTiming {
  total: number
  findings: number
}

export function inPageEditTimer(expectErrors: number): string {
  return `(() => {
  const totalsText = () => document.querySelector('[data-testid="basic-totals"]')?.textContent ?? ''
  const errors = () => Number(document.querySelector('[data-testid="findings-summary"]')?.dataset.errors ?? NaN)
  const before = totalsText()
  window.benchEdit = new Promise((resolve) => {
    let start = 0, totalAt = 0, findingsAt = 0
    const tick = () => {
      const now = performance.now()
      if (!totalAt && totalsText() !== before) totalAt = now
      if (!findingsAt && errors() === ${Number(expectErrors)}) findingsAt = now
      if (totalAt && findingsAt) resolve({ total: totalAt - start, findings: findingsAt - start })
      else requestAnimationFrame(tick)
    }
    const onKey = (e) => {
      if (e.key !== 'Enter') return
      start = performance.now()
      document.removeEventListener('keydown', onKey, true)
      requestAnimationFrame(tick)
    }
    document.addEventListener('keydown', onKey, true)
  })
})()`
}

export interface OpenTiming {
  /** Mouse button down on 打开 → the first step's first row painted. */
  shown: number
  /** … → that and the findings summary done with its first check. */
  checked: number
}

/**
 * Runs inside the page: starts the clock when the mouse button goes down on the element with
 * `data-testid=<testId>` (the dialog's 打开 for the file), then checks on every animation frame
 * for the first step's first row and for the findings summary's end of checking. The dialog's
 * opening animation and the test driver's polling are outside the figure: the user sees the
 * dialog settled before clicking, and a paint is seen the frame it happens.
 */
export function inPageOpenTimer(testId: string): string {
  return `(() => {
  const shownNow = () => !!document.querySelector('[data-testid="grid-units"] .grid-row')
  const checkedNow = () => {
    const s = document.querySelector('[data-testid="findings-summary"]')
    return !!s && !s.querySelector('.ant-badge-status-processing')
  }
  window.benchOpen = new Promise((resolve) => {
    let start = 0, shownAt = 0
    const tick = () => {
      const now = performance.now()
      if (!shownAt && shownNow()) shownAt = now
      if (shownAt && checkedNow()) resolve({ shown: shownAt - start, checked: now - start })
      else requestAnimationFrame(tick)
    }
    const onDown = (e) => {
      if (!(e.target instanceof Element) || !e.target.closest('[data-testid=${JSON.stringify(testId)}]')) return
      start = performance.now()
      document.removeEventListener('mousedown', onDown, true)
      requestAnimationFrame(tick)
    }
    document.addEventListener('mousedown', onDown, true)
  })
})()`
}
