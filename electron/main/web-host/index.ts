// The local web host: the built renderer and the same main-side handlers over HTTP, for web mode
// (`npm run web`, `npm start` without Electron) and for browser end-to-end tests.
//
// Protocol (127.0.0.1 only; one random token per launch):
// - Every request: the Host header must be `127.0.0.1:<port>` or `localhost:<port>` (defeats DNS
//   rebinding), else 403. Every response: the app's CSP, `X-Content-Type-Options: nosniff`,
//   `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`.
// - `GET /…`: static files of the built renderer (`staticDir`, normally dist/renderer); `/` is
//   index.html. The page is opened as `http://127.0.0.1:<port>/?token=<token>`.
// - `POST /api/<method>` (e.g. `/api/document:save`), header `X-Budget-Token: <token>`, header
//   `Content-Type: application/json`, body = the request payload as JSON (`{}` when empty, at most
//   MAX_BODY_BYTES). The answer is always a JSON `Result` (`{ ok: true, value }` or
//   `{ ok: false, error: { code, message, details? } }`): 200 for every handler result (ok or
//   not), 403 FORBIDDEN (token or Origin), 404 UNKNOWN_METHOD, 405 (not POST), 413 (body too
//   large), 415 (not application/json), 400 INVALID_REQUEST (not JSON).
// - No events: the renderer polls `export:progress`; dialogs are the renderer's own, listing the
//   workspace through `document:list`; export goes to `<workspace>/导出/<document name>/`.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMainServices, type MainServiceOverrides } from '../services'
import { handleRequest } from './http-handler'

export const MAX_BODY_BYTES = 64 * 1024 * 1024

export interface WebHostOptions {
  /** 0 picks a free port. */
  port: number
  /** Only the loopback address is ever served. */
  host?: '127.0.0.1'
  /** The folder whose documents web mode lists, opens and saves (created if missing). */
  workspace: string
  /** Recovery journal, recent files, backups. */
  appDataDir: string
  /** The built renderer. */
  staticDir: string
  /** Called with the full URL once listening (opens the system browser in `npm run web`). */
  open?: (url: string) => void | Promise<void>
  /** Fixed in tests; random otherwise. */
  token?: string
  /** Tests: a smaller request body limit. */
  maxBodyBytes?: number
  /** Test seams: file system, clock, writers, paths. */
  overrides?: MainServiceOverrides
}

export interface WebHost {
  /** `http://127.0.0.1:<port>/?token=<token>` */
  url: string
  origin: string
  port: number
  token: string
  close(): Promise<void>
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = '127.0.0.1'
  if (options.host !== undefined && options.host !== host) throw new Error('web host listens on 127.0.0.1 only')
  const token = options.token ?? randomBytes(24).toString('base64url')
  const services = await createMainServices({ mode: 'web', workspace: options.workspace, appDataDir: options.appDataDir, trust: { token }, ...(options.overrides ? { overrides: options.overrides } : {}) })
  let port = 0
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void handleRequest(req, res, { port, token, staticDir: options.staticDir, registry: services.registry, maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES })
  })
  server.headersTimeout = 30_000
  server.requestTimeout = 120_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://${host}:${port}`
  const url = `${origin}/?token=${encodeURIComponent(token)}`
  if (options.open) await options.open(url)
  return {
    url,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
