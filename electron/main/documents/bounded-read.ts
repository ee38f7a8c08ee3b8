// Reads a file the user (or a document) names without trusting it: opened non-blocking so a FIFO
// cannot hang the read, checked to be a regular file on the open handle (not the name, which can
// change in between), and read up to a byte limit so /dev/zero or a growing file cannot exhaust memory.
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; reason: 'not-regular' | 'too-large'; size?: number }

// O_NONBLOCK does not exist on Windows (no FIFOs there); 0 leaves the flags unchanged.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** Throws the file system's error (ENOENT, EACCES …) for the caller to word; refuses non-files itself. */
export async function readRegularFile(path: string, maxBytes: number): Promise<BoundedRead> {
  const handle = await open(path, READ_FLAGS)
  try {
    const st = await handle.stat()
    if (!st.isFile()) return { ok: false, reason: 'not-regular' }
    if (st.size > maxBytes) return { ok: false, reason: 'too-large', size: st.size }
    // The file may grow after fstat: read at most one byte past the limit to notice it.
    const buffer = Buffer.alloc(Math.min(st.size, maxBytes) + 1)
    let filled = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
      if (filled === buffer.length) break
    }
    if (filled > maxBytes) return { ok: false, reason: 'too-large', size: filled }
    return { ok: true, bytes: buffer.subarray(0, filled) }
  } finally {
    await handle.close()
  }
}

/** `64 MB` style sizes for messages: one decimal below 10 MB, rounded up so a file just over the limit never reads as equal to it. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1048576
  if (mb < 10) return `${(Math.ceil(mb * 10) / 10).toFixed(1).replace(/\.0$/, '')} MB`
  return `${Math.ceil(mb)} MB`
}
