// The file-system calls main makes on documents, journal and backups, behind one interface so
// tests inject EBUSY/EPERM/EACCES/ENOSPC at any step (atomic-write.test.ts).
import * as fsp from 'node:fs/promises'

export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface StatLike {
  size: number
  /** POSIX permission bits (Windows: 0o444 when the read-only attribute is set). */
  mode?: number
  mtime: Date
  isFile(): boolean
  isDirectory(): boolean
}

export interface FsLayer {
  readFile(path: string): Promise<Buffer>
  open(path: string, flags: 'wx' | 'r'): Promise<FileHandleLike>
  rename(from: string, to: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<StatLike>
  realpath(path: string): Promise<string>
  chmod?(path: string, mode: number): Promise<void>
}

export const nodeFs: FsLayer = {
  readFile: (p) => fsp.readFile(p),
  open: (p, flags) => fsp.open(p, flags),
  rename: (a, b) => fsp.rename(a, b),
  copyFile: (a, b) => fsp.copyFile(a, b),
  unlink: (p) => fsp.unlink(p),
  mkdir: async (p) => {
    await fsp.mkdir(p, { recursive: true })
  },
  readdir: (p) => fsp.readdir(p),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
  chmod: (p, mode) => fsp.chmod(p, mode),
}

export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

export async function exists(fs: FsLayer, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch {
    return false
  }
}
