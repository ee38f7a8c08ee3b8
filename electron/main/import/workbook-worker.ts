// The worker thread's side of workbook-thread.ts: parse the bytes it is given and post the sheets
// (or the Chinese reason they were refused) back. Main's event loop never runs exceljs.
import { parentPort, workerData } from 'node:worker_threads'
import { readWorkbookBuffer } from './read-workbook'
import type { WorkerAnswer } from './workbook-thread'
import { WorkbookRefused } from './workbook-limits'

async function answer(bytes: Uint8Array): Promise<WorkerAnswer> {
  try {
    return { ok: true, sheets: await readWorkbookBuffer(bytes) }
  } catch (e) {
    return { ok: false, refused: e instanceof WorkbookRefused, message: e instanceof Error ? e.message : String(e) }
  }
}

if (parentPort && (workerData as { kind?: string } | null)?.kind === 'workbook') {
  const port = parentPort
  void answer((workerData as { bytes: Uint8Array }).bytes).then((a) => port.postMessage(a))
}
