// app:* — what the renderer needs to know about this launch, and the close handshake.
import { ok } from '../../../../core/api/result'
import { supportedYears } from '../../templates/template-files'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

type AppHandlers = Pick<Handlers, 'app:info' | 'app:setDirty' | 'app:closeConfirmed'>

export function appHandlers(deps: HandlerDeps, workspaceRoot?: string): AppHandlers {
  return {
    'app:info': async () => ok({ version: deps.appVersion, mode: deps.mode, supportedYears: supportedYears(deps.templatesRoot), ...(workspaceRoot ? { workspace: workspaceRoot } : {}) }),
    'app:setDirty': async ({ dirty }) => {
      deps.session.dirty = dirty
      return ok({})
    },
    'app:closeConfirmed': async () => {
      deps.session.dirty = false
      deps.closeWindow()
      return ok({})
    },
  }
}
