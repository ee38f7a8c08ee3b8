// A file system that fails on demand, for tests: wraps the real one and throws an errno error
// (EBUSY, EPERM, EACCES, ENOSPC…) whenever `decide(op, path, n)` names one (n = that op's call count).
import type { FileHandleLike, FsLayer } from './fs-layer'

export type FsOp = 'open' | 'writeFile' | 'sync' | 'close' | 'rename' | 'copyFile' | 'unlink' | 'mkdir' | 'readdir' | 'stat' | 'readFile' | 'realpath'
export type Decide = (op: FsOp, path: string, n: number) => string | undefined

export function errnoError(code: string, op: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${op} '${path}'`), { code, errno: -1, syscall: op, path })
}

export interface FaultyFs extends FsLayer {
  calls: Array<{ op: FsOp; path: string }>
}

export function faultyFs(base: FsLayer, decide: Decide): FaultyFs {
  const counts = new Map<FsOp, number>()
  const calls: Array<{ op: FsOp; path: string }> = []
  const check = (op: FsOp, path: string) => {
    const n = (counts.get(op) ?? 0) + 1
    counts.set(op, n)
    calls.push({ op, path })
    const code = decide(op, path, n)
    if (code) throw errnoError(code, op, path)
  }
  const wrapHandle = (h: FileHandleLike, path: string): FileHandleLike => ({
    writeFile: async (d) => {
      check('writeFile', path)
      await h.writeFile(d)
    },
    sync: async () => {
      check('sync', path)
      await h.sync()
    },
    close: async () => {
      check('close', path)
      await h.close()
    },
  })
  return {
    calls,
    readFile: async (p) => (check('readFile', p), base.readFile(p)),
    open: async (p, flags) => {
      check('open', p)
      return wrapHandle(await base.open(p, flags), p)
    },
    rename: async (a, b) => (check('rename', b), base.rename(a, b)),
    copyFile: async (a, b) => (check('copyFile', b), base.copyFile(a, b)),
    unlink: async (p) => (check('unlink', p), base.unlink(p)),
    mkdir: async (p) => (check('mkdir', p), base.mkdir(p)),
    readdir: async (p) => (check('readdir', p), base.readdir(p)),
    stat: async (p) => (check('stat', p), base.stat(p)),
    realpath: async (p) => (check('realpath', p), base.realpath(p)),
  }
}

/** Fails `op` with `code` on its first `times` calls (Infinity: always), only for paths matching `match`. */
export function failing(op: FsOp, code: string, times = Number.POSITIVE_INFINITY, match: (path: string) => boolean = () => true): Decide {
  let hits = 0
  return (o, path) => {
    if (o !== op || !match(path) || hits >= times) return undefined
    hits++
    return code
  }
}
