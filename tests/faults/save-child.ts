// The child process of kill-during-save.test.ts: the real main-side services in web mode save
// version after version of a document the way the app does (journal entry via recovery:write, then
// document:save: timed backup → temp file → fsync → `.bak` → rename → discard the journal),
// announcing each finished call on stdout, until the test kills it.
//   node --import tsx tests/faults/save-child.ts <dir> <file name in <dir>/ws>   (the test runs it bundled)
import { createMainServices } from '../../electron/main/services'
import type { BudgetDocument } from '../../core/document/envelope'
import { faultDirs, versioned, type JournalState } from './versions'

const [dir, name] = process.argv.slice(2)
if (!dir || !name) throw new Error('usage: save-child.ts <dir> <file name>')
const services = await createMainServices({ ...faultDirs(dir), mode: 'web', overrides: { appVersion: 'fault-test', backupPolicy: { minIntervalMs: 0, keep: 3 } } })
const sender = { kind: 'web', token: 'fault-test' } as const
const call = async (method: string, payload: unknown) => {
  const r = await services.registry.call(method, payload, sender)
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
  return r.value as Record<string, unknown>
}

const opened = await call('document:open', { name })
const base = opened['document'] as BudgetDocument
// stdout is a pipe: writes are synchronous on POSIX, so a line written is never lost by the kill.
process.stdout.write('ready\n')
for (let n = 1; ; n++) {
  const document = versioned(base, n)
  const state: JournalState = { edit: n, document }
  await call('recovery:write', { document: state })
  process.stdout.write(`J ${n}\n`)
  await call('document:save', { document })
  process.stdout.write(`S ${n}\n`)
}
