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
