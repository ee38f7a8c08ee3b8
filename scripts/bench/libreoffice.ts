// The yardstick for the PDF export: LibreOffice converting our own xlsx workbook to PDF, headless,
// timed in the same run on the same machine. The profile is initialised first (untimed), so the
// figure is the conversion itself, not LibreOffice's first-start setup.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p))

function run(args: string[], timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(SOFFICE as string, args, { stdio: 'ignore' })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.once('error', reject)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code ?? -1)
    })
  })
}

/** Milliseconds LibreOffice takes to turn `xlsx` into a PDF, or undefined when it is not installed or fails. */
export async function libreOfficeConvertMs(xlsx: string, outDir: string): Promise<number | undefined> {
  if (!SOFFICE) return undefined
  const profile = mkdtempSync(join(tmpdir(), 'bench-lo-profile-'))
  const env = `-env:UserInstallation=${pathToFileURL(profile).href}`
  try {
    await run([env, '--headless', '--terminate_after_init'], 120_000)
    const start = performance.now()
    const code = await run([env, '--headless', '--convert-to', 'pdf', '--outdir', outDir, xlsx], 600_000)
    const ms = performance.now() - start
    const pdf = join(outDir, basename(xlsx).replace(/\.xlsx$/, '.pdf'))
    return code === 0 && existsSync(pdf) ? ms : undefined
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}
