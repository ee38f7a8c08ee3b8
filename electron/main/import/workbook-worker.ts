// The worker thread's side of workbook-thread.ts: parse the bytes it is given (a workbook, or last
// year's published file) and post the result (or the Chinese reason it was refused) back. Main's
// event loop never runs exceljs, PDF.js or the .docx reader.
// Each job loads only its own reader (a workbook read never loads PDF.js); the built bundle inlines
// both, so the dynamic imports stay inside workbook-worker/index.cjs.
import { parentPort, workerData } from 'node:worker_threads'
import type { PublishedWorkerAnswer, WorkerAnswer, WorkerJob } from './workbook-thread'
import { WORKER_READY } from './worker-ready'

async function workbookAnswer(bytes: Uint8Array): Promise<WorkerAnswer> {
  const [{ readWorkbookBuffer }, { WorkbookRefused }] = await Promise.all([import('./read-workbook'), import('./workbook-limits')])
  try {
    return { ok: true, sheets: await readWorkbookBuffer(bytes) }
  } catch (e) {
    return { ok: false, refused: e instanceof WorkbookRefused, message: e instanceof Error ? e.message : String(e) }
  }
}

async function publishedAnswer(job: Extract<WorkerJob, { kind: 'published' }>): Promise<PublishedWorkerAnswer> {
  try {
    const { extractPublishedText } = await import('./published/published-file')
    return { ok: true, result: await extractPublishedText(job.bytes, job.name, job.limits) }
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) }
  }
}

const job = workerData as WorkerJob | null
parentPort?.postMessage(WORKER_READY)
if (parentPort && job?.kind === 'workbook') {
  const port = parentPort
  void workbookAnswer(job.bytes).then((a) => port.postMessage(a))
}
if (parentPort && job?.kind === 'published') {
  const port = parentPort
  void publishedAnswer(job).then((a) => port.postMessage(a))
}
