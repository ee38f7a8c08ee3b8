// Loads a year's 第四部分 名词解释 (templates/<year>/glossary.txt, format in templates/README.md).
import { parseGlossaryText } from '../../../core/narrative/glossary'
import type { NarrativeTemplate } from '../../../core/narrative/narrative-model'
import { readTemplateText, templatesRoot } from './template-files'

export function loadNarrativeTemplate(year: number, root = templatesRoot()): NarrativeTemplate {
  return { glossary: parseGlossaryText(readTemplateText(year, 'glossary.txt', root)) }
}
