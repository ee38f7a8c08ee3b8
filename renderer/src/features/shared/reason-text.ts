// How a chosen reason suggestion goes into a 变动原因 field: it fills an empty field or replaces
// another suggestion, and is appended to what the officer typed (never overwriting their words).
export function insertReason(current: string | undefined, suggestion: string, all: readonly string[]): string {
  const now = (current ?? '').trim()
  if (now === '' || all.includes(now)) return suggestion
  if (now.includes(suggestion)) return now
  return `${now.replace(/[，,；;。]$/, '')}；${suggestion}`
}
