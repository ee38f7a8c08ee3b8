// A recursive mkdir on a read-only disk can fail with ENOENT (the missing parent could not be made),
// which would read "找不到文件或文件夹". The nearest existing ancestor tells the real reason.
import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { errnoCode } from './fs-layer'

export interface Probe {
  exists(path: string): Promise<boolean>
  writable(path: string): Promise<unknown>
}

const nodeProbe: Probe = {
  exists: (p) => stat(p).then(() => true, () => false),
  writable: (p) => access(p, constants.W_OK).then(() => undefined, (e: unknown) => e),
}

/** The error to word for a failed mkdir of `folder`: the ancestor's EROFS/EACCES when that is the cause. */
export async function explainMkdirError(e: unknown, folder: string, probe: Probe = nodeProbe): Promise<unknown> {
  if (errnoCode(e) !== 'ENOENT') return e
  let at = dirname(folder)
  for (let i = 0; i < 64 && !(await probe.exists(at)); i++) {
    const up = dirname(at)
    if (up === at) return e
    at = up
  }
  const denied = await probe.writable(at)
  return errnoCode(denied) ? denied : e
}
