// template:* — a year's catalogs (as CSV text, parsed by core in the renderer), glossary and
// indicator library.
import { err, ok } from '../../../../core/api/result'
import { CATALOG_FILE_NAMES } from '../../../../core/catalogs/types'
import { parseIndicatorLibrary } from '../../../../core/performance/indicator-library'
import { errnoCode } from '../../documents/fs-layer'
import { readTemplateText, templateDirFor } from '../../templates/template-files'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

export function templateHandlers(deps: HandlerDeps): Pick<Handlers, 'template:get' | 'template:indicators'> {
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
    'template:indicators': async ({ year }) => {
      const edition = templateDirFor(year, deps.templatesRoot).year
      let text: string
      try {
        text = readTemplateText(edition, 'indicator-library.json', deps.templatesRoot)
      } catch (e) {
        // A year without a library offers no suggestions; the officer's own entries still work.
        if (errnoCode(e) === 'ENOENT') return ok({ year: edition, entries: [] })
        throw e
      }
      try {
        return ok({ year: edition, entries: parseIndicatorLibrary(text) })
      } catch (e) {
        return err('INTERNAL', `${edition}年指标库文件格式有误`, [String(e instanceof Error ? e.message : e).slice(0, 500)])
      }
    },
  }
}
