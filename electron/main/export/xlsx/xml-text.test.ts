import { describe, expect, it } from 'vitest'
import { xmlSafeText } from './xml-text'

describe('xmlSafeText', () => {
  it('drops what XML 1.0 forbids and keeps everything else', () => {
    expect(xmlSafeText('控制\u0000\u0001\u0008\u000b\u000c\u001f\u007f字符')).toBe('控制字符')
    expect(xmlSafeText('非字符\ufffe\uffff')).toBe('非字符')
    expect(xmlSafeText('孤\ud800立\udc00')).toBe('孤立')
    expect(xmlSafeText('换行\r\n回车\t制表')).toBe('换行\r\n回车\t制表')
    expect(xmlSafeText('表情😀👨‍👩‍👧𠮷野家=SUM(A1)')).toBe('表情😀👨‍👩‍👧𠮷野家=SUM(A1)')
  })
})
