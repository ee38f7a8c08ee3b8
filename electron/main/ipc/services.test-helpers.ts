// Real services over temporary folders, for handler tests: web mode (workspace) or Electron mode
// (scripted dialogs). Every response is checked against the contract.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Method, RequestOf, ResponseOf } from '../../../core/api/contract'
import type { Result } from '../../../core/api/result'
import { electronPlaces, type NativeDialogs } from '../documents/places'
import { createMainServices, type MainServiceOverrides, type MainServices } from '../services'

export interface TestServices extends MainServices {
  dir: string
  workspace: string
  appData: string
  call<M extends Method>(method: M, payload: RequestOf<M>): Promise<Result<ResponseOf<M>>>
  cleanup(): Promise<void>
}

const TOKEN = 'test-token'

export async function testServices(mode: 'web' | 'electron', overrides: MainServiceOverrides = {}, dialogs?: Partial<NativeDialogs>): Promise<TestServices> {
  const dir = await mkdtemp(join(tmpdir(), `services-${mode}-`))
  const workspace = join(dir, 'workspace')
  const appData = join(dir, 'appdata')
  const fullDialogs: NativeDialogs = { showOpen: async () => null, showSave: async () => null, pickFolder: async () => null, openPath: async () => '', ...dialogs }
  const services = await createMainServices({
    mode,
    appDataDir: appData,
    trust: mode === 'web' ? { token: TOKEN } : { appOrigin: 'app://bundle' },
    ...(mode === 'web' ? { workspace } : { places: electronPlaces(fullDialogs, join(dir, 'documents')) }),
    overrides: { validateResponses: true, sleep: async () => undefined, ...overrides },
  })
  const sender = mode === 'web' ? ({ kind: 'web', token: TOKEN } as const) : ({ kind: 'electron', frameUrl: 'app://bundle/index.html', isMainFrame: true } as const)
  return {
    ...services,
    dir,
    workspace,
    appData,
    call: async (method, payload) => (await services.registry.call(method, payload, sender)) as never,
    cleanup: () => rm(dir, { recursive: true, force: true, maxRetries: 5 }),
  }
}

/** The value of an ok Result; a failed Result fails the test with its code and message. */
export const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}
