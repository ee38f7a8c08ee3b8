// Results cross IPC instead of exceptions (architecture rule 8).
export type ErrorCode =
  | 'INVALID_REQUEST'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'CANCELLED'
  | 'NOT_FOUND'
  | 'FILE_LOCKED'
  | 'NO_PERMISSION'
  | 'READ_ONLY' // the target file is read-only: the UI asks, then repeats the call with replaceReadOnly
  | 'DISK_FULL'
  | 'INVALID_DOCUMENT'
  | 'NEWER_VERSION'
  | 'NO_PATH'
  | 'EXPORT_FAILED'
  | 'INTERNAL'

export interface AppError {
  code: ErrorCode
  /** Chinese, shown to the officer as is. */
  message: string
  details?: string[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const err = (code: ErrorCode, message: string, details?: string[]): Result<never> => ({ ok: false, error: details ? { code, message, details } : { code, message } })
