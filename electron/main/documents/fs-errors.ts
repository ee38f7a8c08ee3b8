// File-system errors → the officer's Chinese message and a Result code (architecture rule 8).
// Office PCs: antivirus and WPS hold locks (EBUSY; EPERM on Windows renames), shared drives deny
// writes (EACCES/EROFS), USB sticks fill up (ENOSPC).
import { err, type ErrorCode, type Result } from '../../../core/api/result'
import { errnoCode } from './fs-layer'

export type FileAction = '保存' | '读取' | '导出' | '导入' | '写入恢复记录'

interface Mapping {
  code: ErrorCode
  message: (action: FileAction) => string
}

const LOCKED: Mapping = { code: 'FILE_LOCKED', message: (a) => `文件被其他程序占用（如 WPS、Excel 或杀毒软件），无法${a}。请关闭占用它的程序后重试` }
const NO_PERMISSION: Mapping = { code: 'NO_PERMISSION', message: (a) => `没有权限${a}此文件或文件夹。请换一个位置（如“文档”文件夹），或请管理员开通权限` }
const DISK_FULL: Mapping = { code: 'DISK_FULL', message: (a) => `磁盘空间不足，无法${a}。请清理磁盘或换一个位置后重试` }
const NOT_FOUND: Mapping = { code: 'NOT_FOUND', message: () => '找不到文件或文件夹，它可能已被移动或删除' }

const BY_ERRNO: Record<string, Mapping> = {
  EBUSY: LOCKED,
  ETXTBSY: LOCKED,
  EAGAIN: LOCKED,
  EACCES: NO_PERMISSION,
  EPERM: NO_PERMISSION,
  EROFS: { code: 'NO_PERMISSION', message: (a) => `此位置只读，无法${a}。请换一个位置` },
  ENOSPC: DISK_FULL,
  EDQUOT: DISK_FULL,
  EFBIG: { code: 'DISK_FULL', message: (a) => `文件过大，此磁盘无法${a}` },
  ENOENT: NOT_FOUND,
  ENOTDIR: NOT_FOUND,
  EISDIR: { code: 'NOT_FOUND', message: () => '所选路径是文件夹，不是文件' },
  ENAMETOOLONG: { code: 'NO_PERMISSION', message: (a) => `文件路径过长，无法${a}。请换一个较短的位置或文件名` },
  EMFILE: { code: 'INTERNAL', message: (a) => `打开的文件过多，暂时无法${a}，请稍后重试` },
}

export function fsErrorInfo(e: unknown, action: FileAction): { code: ErrorCode; message: string } {
  const errno = errnoCode(e)
  const m = errno ? BY_ERRNO[errno] : undefined
  if (m) return { code: m.code, message: m.message(action) }
  return { code: 'INTERNAL', message: `无法${action}文件${errno ? `（${errno}）` : ''}，请重试或换一个位置` }
}

/** The Result for a failed file operation; `path` goes into details for the log, not the message. */
export function fsErrorResult(e: unknown, action: FileAction, path?: string): Result<never> {
  const { code, message } = fsErrorInfo(e, action)
  return err(code, message, path ? [path] : undefined)
}

/** Errors worth a retry: another program holds the file for a moment (antivirus scan, indexer). */
export function isTransientLock(e: unknown): boolean {
  const c = errnoCode(e)
  return c === 'EBUSY' || c === 'EPERM' || c === 'EAGAIN'
}
