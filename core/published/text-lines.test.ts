import { describe, expect, it } from 'vitest'
import { cells, isAmount, isPageFooter, parseWan, toHalfWidth, toLines } from './text-lines'

describe('published text lines', () => {
  it('reads printed 万元 amounts exactly: 千分位, full-width digits, blanks as printed zeros', () => {
    expect(parseWan('2,045.61')).toBe(204561)
    expect(parseWan(toHalfWidth('２，０４５．６１'))).toBe(204561)
    expect(parseWan('0.1')).toBe(10)
    expect(parseWan('')).toBe(0)
    expect(parseWan('-3.50')).toBe(-350)
    expect(parseWan('1.234')).toBeUndefined()
    expect(parseWan('一百')).toBeUndefined()
    expect(isAmount('1,047.69')).toBe(true)
    expect(isAmount('12345政务服务热线')).toBe(false)
  })

  it('numbers pages by form feed and drops running footers', () => {
    const lines = toLines('封面\n- 1 -\n\f第 2 页 / 共 9 页\n## 表题\n收入\t<b>2.40</b>\t\n')
    expect(lines.map((l) => [l.page, l.text])).toEqual([
      [1, '封面'],
      [1, ''],
      [2, '表题'],
      [2, '收入\t2.40\t'],
      [2, ''],
    ])
    expect(isPageFooter('第3页')).toBe(true)
    expect(isPageFooter('2025年')).toBe(false)
    expect(cells('a\t \tb')).toEqual(['a', '', 'b'])
  })

  it('leaves text without form feeds unpaged', () => {
    expect(toLines('一\n二').every((l) => l.page === undefined)).toBe(true)
  })
})
