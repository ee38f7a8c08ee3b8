// 第四部分 名词解释 (spec §1.6): the template's entries as paragraphs; an entry may hold a line break
// (六、财政专户管理资金：/ 专指…), each line is its own paragraph.
import { headingNode, type PartContent } from './anchors'
import { paragraphNodes } from './paragraphs'
import { textSection } from './styles'

export const GLOSSARY_TITLE = '第四部分 名词解释'

export function glossaryPart(entries: readonly string[]): PartContent {
  return {
    sections: [textSection([headingNode(GLOSSARY_TITLE, { id: 'part-4', style: 'partTitle' }), ...entries.flatMap((e) => paragraphNodes(e, 'glossary'))])],
    toc: [{ id: 'part-4', text: GLOSSARY_TITLE, level: 0 }],
  }
}
