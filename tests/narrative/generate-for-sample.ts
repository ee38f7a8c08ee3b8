// The narrative of a sample as the tests and the update script build it.
import { derive } from '../../core/calc/derive'
import { buildNarrative, type Narrative } from '../../core/narrative'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { namesFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'
import type { SeedId } from '../seeds/seed-files'

export function sampleNarrative(id: SeedId): Narrative {
  const doc = loadSample(id)
  return buildNarrative(derive(doc.data, namesFor(doc.templateYear)), loadNarrativeTemplate(doc.templateYear))
}
