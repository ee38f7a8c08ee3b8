// The narrative of a built document, and its lines per section, as the tests read them.
import { derive } from '../../core/calc/derive'
import type { DocumentData } from '../../core/model/document-data'
import { buildNarrative, type Narrative, type NarrativeBlock, type SectionId } from '../../core/narrative'
import { namesFor } from './catalog'

export function narrativeFor(data: DocumentData, glossary: string[] = []): Narrative {
  return buildNarrative(derive(data, namesFor(data.department.budgetYear)), { glossary })
}

export function blocksOf(n: Narrative, id: SectionId): NarrativeBlock[] {
  const s = n.sections.find((x) => x.id === id)
  if (!s) throw new Error(`no section ${id}`)
  return s.blocks
}

/** The texts of a section's sub-headings and paragraphs, in order. */
export function textsOf(n: Narrative, id: SectionId): string[] {
  return blocksOf(n, id).flatMap((b) => (b.kind === 'paragraph' || b.kind === 'subheading' ? [b.text] : []))
}

/** The one paragraph of a single-paragraph section. */
export function paragraphOf(n: Narrative, id: SectionId): string {
  const ps = blocksOf(n, id).filter((b) => b.kind === 'paragraph')
  if (ps.length !== 1 || ps[0]?.kind !== 'paragraph') throw new Error(`section ${id} has ${ps.length} paragraphs`)
  return ps[0].text
}
