// `app://bundle/…`: the built renderer for the Electron window, with the CSP and the other security
// headers on every response. A custom standard scheme gives the page a real origin (module scripts
// do not load from file://) and lets the IPC sender check compare origins.
import { readFile } from 'node:fs/promises'
import { APP_HOST, SECURITY_HEADERS } from './security'
import { contentTypeFor, resolveStaticPath } from './static-files'

export interface ProtocolAnswer {
  status: number
  headers: Record<string, string>
  body: Uint8Array
}

const text = (status: number, message: string): ProtocolAnswer => ({ status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }, body: new TextEncoder().encode(message) })

export async function appProtocolAnswer(url: string, rendererDir: string, read: (path: string) => Promise<Uint8Array> = readFile): Promise<ProtocolAnswer> {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return text(400, '地址无效')
  }
  if (u.host !== APP_HOST) return text(404, '找不到')
  const path = resolveStaticPath(rendererDir, u.pathname)
  if (!path) return text(404, '找不到')
  try {
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(path) }, body: await read(path) }
  } catch {
    return text(404, '找不到')
  }
}
