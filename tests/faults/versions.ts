// The documents the kill-during-save test writes: version n of a base document, told apart by the
// department's display name, and the journal state for edit n.
import { join } from 'node:path'
import type { BudgetDocument } from '../../core/document/envelope'

const MARK = /（第(\d+)次保存）$/

export function versioned(base: BudgetDocument, n: number): BudgetDocument {
  const department = { ...base.data.department, displayName: `${base.data.department.plainName}（第${n}次保存）` }
  return { ...base, data: { ...base.data, department } }
}

export function versionOf(doc: BudgetDocument): number | undefined {
  const m = MARK.exec(doc.data.department.displayName)
  return m ? Number(m[1]) : undefined
}

export interface JournalState {
  edit: number
  document: BudgetDocument
}

/** Where the child and the checks after the kill keep the workspace and the app data. */
export function faultDirs(dir: string): { workspace: string; appDataDir: string; trust: { token: string } } {
  return { workspace: join(dir, 'ws'), appDataDir: join(dir, 'app'), trust: { token: 'fault-test' } }
}
