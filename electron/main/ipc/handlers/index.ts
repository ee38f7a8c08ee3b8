// Every handler of the contract, one namespace per file, built from the same injected deps.
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'
import { appHandlers } from './app'
import { attachmentHandlers } from './attachment'
import { catalogHandlers } from './catalog'
import { documentHandlers } from './document'
import { exportHandlers } from './export'
import { performanceHandlers } from './performance'
import { importHandlers } from './import'
import { publishedHandlers } from './published'
import { recoveryHandlers } from './recovery'
import { rolloverHandlers } from './rollover'
import { templateHandlers } from './template'
import { transferHandlers } from './transfer'

export function createHandlers(deps: HandlerDeps, workspaceRoot?: string): Handlers {
  return {
    ...appHandlers(deps, workspaceRoot),
    ...templateHandlers(deps),
    ...documentHandlers(deps),
    ...recoveryHandlers(deps),
    ...exportHandlers(deps),
    ...attachmentHandlers(deps),
    ...catalogHandlers(deps),
    ...performanceHandlers(deps),
    ...importHandlers(deps),
    ...rolloverHandlers(deps),
    ...publishedHandlers(deps),
    ...transferHandlers(deps),
  }
}
