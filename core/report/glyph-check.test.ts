import { describe, expect, it } from 'vitest'
import { uncoveredCharacters, uncoveredError } from './glyph-check'

// A font that draws ASCII and the BMP ideographs only: no Extension B, no emoji, no controls.
const covered = (cp: number) => (cp >= 0x20 && cp < 0x7f) || (cp >= 0x4e00 && cp <= 0x9fff)

describe('uncovered characters', () => {
  it('names the field of a printed character the fonts lack', () => {
    const data = { department: { displayName: '示例局' }, projects: [{ id: 'p1', name: '\u{20000}村道路维护项目' }] }
    const printed = { content: [{ text: '示例局' }, { table: { body: [['\u{20000}村道路维护项目', '100']] } }] }
    expect(uncoveredCharacters(data, printed, covered)).toEqual([{ field: 'projects[0].name', text: '\u{20000}村道路维护项目', char: '\u{20000}' }])
  })

  it('ignores fields that are never printed and reports printed text without a field by its content', () => {
    const data = { notes: '内部备注😀' }
    const printed = { content: ['说明\u{1F600}'] }
    expect(uncoveredCharacters(data, printed, covered)).toEqual([{ field: '正文', text: '说明\u{1F600}', char: '\u{1F600}' }])
    expect(uncoveredCharacters({ notes: '内部备注😀' }, { content: ['说明'] }, covered)).toEqual([])
  })

  it('words the error in Chinese with the code point', () => {
    const message = uncoveredError([{ field: 'department.displayName', text: '示例局😀', char: '😀' }])
    expect(message).toBe('PDF 中有字体无法显示的字符：字段 department.displayName（“示例局😀”）中的“😀”（U+1F600）在 PDF 字体中没有字形，会印成方框；请改用常用字或文字说明后再导出')
  })
})
