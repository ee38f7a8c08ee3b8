// No partial export: every format is written into a hidden staging folder beside the target, and
// only when all of them succeeded are the files moved into place (a rename each, same disk). A full
// disk or a failed writer leaves the export folder exactly as it was.
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'

export function stagingDirFor(outDir: string): string {
  return join(outDir, `.导出中-${randomBytes(6).toString('hex')}`)
}

/**
 * Runs `write(stagingDir)`, then moves every file it reports into `outDir` (same relative path).
 * Returns the final paths. On any failure the staging folder is removed and the error rethrown.
 */
export async function writeStaged(outDir: string, write: (stagingDir: string) => Promise<string[]>): Promise<string[]> {
  const staging = stagingDirFor(outDir)
  await mkdir(staging, { recursive: true })
  try {
    const written = await write(staging)
    const finals: string[] = []
    for (const file of written) {
      const rel = relative(staging, file)
      const target = join(outDir, rel)
      await mkdir(join(target, '..'), { recursive: true })
      await rename(file, target)
      finals.push(target)
    }
    return finals
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
