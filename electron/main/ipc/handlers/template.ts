// template:* — a year's catalogs (as CSV text, parsed by core in the renderer) and glossary.
import { ok } from '../../../../core/api/result'
import { CATALOG_FILE_NAMES } from '../../../../core/catalogs/types'
import { readTemplateText, templateDirFor } from '../../templates/template-files'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

export function templateHandlers(deps: HandlerDeps): Pick<Handlers, 'template:get'> {
  return {
    'template:get': async ({ year }) => {
      const root = deps.templatesRoot
      const edition = templateDirFor(year, root).year
      const read = (name: string) => readTemplateText(edition, `catalogs/${name}`, root)
      return ok({
        year: edition,
        catalogFiles: {
          functional: read(CATALOG_FILE_NAMES.functional),
          economicDepartment: read(CATALOG_FILE_NAMES.economicDepartment),
          economicGovernment: read(CATALOG_FILE_NAMES.economicGovernment),
          income: read(CATALOG_FILE_NAMES.income),
        },
        glossary: deps.readGlossary(edition),
      })
    },
  }
}
