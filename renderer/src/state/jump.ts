// Clicking a finding: go to its step and ask the field, row or table cell to take the focus.
import type { Finding } from '../../../core/rules/finding'
import { requestFocus } from './store'

export function jumpTo(f: Finding): void {
  const { step, path, table, rowKey } = f.location
  const request: Parameters<typeof requestFocus>[0] = { step: step ?? 'review' }
  if (path) request.path = path
  if (table) request.table = table
  if (rowKey) request.rowKey = rowKey
  requestFocus(request)
}
