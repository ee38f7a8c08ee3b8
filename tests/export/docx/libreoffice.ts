// LibreOffice and python-docx as outside readers of the Word copy: convert to PDF (then pdftotext),
// re-save as .docx, and open/re-save with python-docx (Debian's python3-docx). Each run uses a
// throw-away LibreOffice profile (a shared one is locked by a concurrent run).
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { PYTHON } from '../xlsx-fixtures'

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Converts `file` with LibreOffice to `format` ('pdf', 'docx'); returns the output path and what LibreOffice said. */
export function libreofficeConvert(file: string, format: string, outDir: string): { out: string; stderr: string } {
  const profile = tempDir('lo-profile-')
  const r = spawnSync('libreoffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], { encoding: 'utf8', timeout: 180_000 })
  if (r.error) throw new Error(`LibreOffice could not run: ${r.error.message}`)
  if (r.status !== 0) throw new Error(`LibreOffice exited with ${r.status}: ${r.stderr}`)
  const out = join(outDir, basename(file).replace(/\.[^.]+$/, `.${format.split(':')[0]}`))
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${format} for ${file}: ${r.stdout}${r.stderr}`)
  return { out, stderr: r.stderr }
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

const PYTHON_DOCX = `
import json, sys
import docx
src, out = sys.argv[1], sys.argv[2]
d = docx.Document(src)
d.save(out)
again = docx.Document(out)
print(json.dumps({
  "tables": len(again.tables),
  "paragraphs": [p.text for p in again.paragraphs],
  "styles": [p.style.name for p in again.paragraphs],
  "sections": [{"orientation": int(s.orientation), "width": s.page_width, "height": s.page_height} for s in again.sections],
}, ensure_ascii=False))
`

export interface PythonDocxRead {
  tables: number
  paragraphs: string[]
  styles: string[]
  sections: { orientation: number; width: number; height: number }[]
}

/** Opens `file` with python-docx, saves it to `out`, opens that again; throws what python says. */
export function pythonDocxRoundTrip(file: string, out: string): PythonDocxRead {
  const text = execFileSync(PYTHON, ['-c', PYTHON_DOCX, file, out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(text) as PythonDocxRead
}
