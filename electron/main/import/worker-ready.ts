// What the import worker posts once its code has loaded, before it starts its job: main replaces a
// worker that has not got this far in time (workbook-thread.ts).
export const WORKER_READY = 'workbook-worker-ready'
