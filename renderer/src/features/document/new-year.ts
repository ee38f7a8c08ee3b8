// The budget year a new document is for: the one being prepared. Budgets for year N+1 are drawn up
// from the autumn of year N (一上 in September/October), so from October the default is next year;
// until then, this year's. A year without a shipped template falls back to the nearest one shipped.
export function preparedBudgetYear(now: Date, years: readonly number[]): number {
  const wanted = now.getMonth() >= 9 ? now.getFullYear() + 1 : now.getFullYear()
  if (years.length === 0 || years.includes(wanted)) return wanted
  return [...years].sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || b - a)[0] as number
}

/** Arrow keys stop at the ends of a year list instead of wrapping round (last → first). */
export function arrowAtEnd(key: string, active: number | undefined, years: readonly number[]): boolean {
  if (active === undefined || years.length === 0) return false
  return (key === 'ArrowDown' && active === years[years.length - 1]) || (key === 'ArrowUp' && active === years[0])
}
