// Web mode's files: a download the browser saves (an object URL on a link, the file's own name) and
// an upload from a file the officer chose on their own disk. Both go through the same call() as
// every other request; the desktop app never uses them (it has native dialogs).
import type { Result } from '../../../core/api/result'
import { call } from './client'

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

function toBase64(bytes: Uint8Array): string {
  let bin = ''
  const CHUNK = 0x8000
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(bin)
}

/** One exported file (a name export:run returned) or all of them as one zip, saved by the browser. */
export async function downloadExport(which: { file: string } | { all: true }): Promise<Result<{ name: string }>> {
  const r = await call('export:download', which)
  if (!r.ok) return r
  const blob = new Blob([fromBase64(r.value.base64)], { type: r.value.mime })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = r.value.name
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // The browser has taken the file once the click returns; the URL is freed a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
  return { ok: true, value: { name: r.value.name } }
}

/** A file the officer chose (an <input type="file">) copied into the workspace. */
export async function uploadFile(kind: 'workbook' | 'attachment', file: File): Promise<Result<{ name: string }>> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  return call('workspace:upload', { kind, name: file.name, base64: toBase64(bytes) })
}
