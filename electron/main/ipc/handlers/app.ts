// app:* — what the renderer needs to know about this launch, 关于, and the close handshake.
import { ok } from '../../../../core/api/result'
import { aboutInfo } from '../../about'
import { supportedYears } from '../../templates/template-files'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

type AppHandlers = Pick<Handlers, 'app:info' | 'app:about' | 'app:setDirty' | 'app:closeConfirmed'>

export function appHandlers(deps: HandlerDeps, workspaceRoot?: string): AppHandlers {
  return {
    'app:info': async () => ok({ version: deps.appVersion, mode: deps.mode, supportedYears: supportedYears(deps.templatesRoot), ...(workspaceRoot ? { workspace: workspaceRoot } : {}) }),
    'app:about': async () => ok(aboutInfo({ version: deps.appVersion, supportedYears: supportedYears(deps.templatesRoot), fontsDir: deps.fontsDir, noticesPath: deps.noticesPath })),
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
