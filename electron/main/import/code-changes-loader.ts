// templates/<year>/code-changes.json (format: core/rollover/code-changes.ts). A year without the
// file has no known changes; a malformed file is an error, not a silent "no changes".
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CodeChangeTable, NO_CODE_CHANGES } from '../../../core/rollover/code-changes'
import { templateDirFor, templatesRoot } from '../templates/template-files'

export const CODE_CHANGES_FILE = 'code-changes.json'

export function loadCodeChanges(year: number, root = templatesRoot()): CodeChangeTable {
  const { year: templateYear, dir } = templateDirFor(year, root)
  // A year that borrows an older folder's catalog has no edition change of its own.
  if (templateYear !== year) return NO_CODE_CHANGES
  const file = join(dir, CODE_CHANGES_FILE)
  if (!existsSync(file)) return NO_CODE_CHANGES
  const parsed = CodeChangeTable.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return parsed.data
}
