import { describe, expect, it } from 'vitest'
import { formatCsv, parseCsv } from './csv'

describe('parseCsv', () => {
  it('splits plain rows and ignores the final line break', () => {
    expect(parseCsv('code,name\n201,一般公共服务支出\n')).toEqual([
      ['code', 'name'],
      ['201', '一般公共服务支出'],
    ])
  })

  it('handles quotes, escaped quotes, commas and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\n')).toEqual([['a', 'b,c', 'say "hi"', 'two\nlines']])
  })

  it('handles CRLF, a lone CR and a BOM', () => {
    expect(parseCsv('\uFEFFcode,name\r\n201,x\r202,y')).toEqual([
      ['code', 'name'],
      ['201', 'x'],
      ['202', 'y'],
    ])
  })

  it('keeps empty fields and blank lines as rows', () => {
    expect(parseCsv('a,,c\n\n,\n')).toEqual([['a', '', 'c'], [''], ['', '']])
  })

  it('rejects an unclosed quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow('引号未闭合')
  })
})

describe('formatCsv', () => {
  it('round-trips fields that need quoting', () => {
    const rows = [['code', 'source'], ['30101', 'a, "b"\nc'], ['', '']]
    expect(parseCsv(formatCsv(rows))).toEqual(rows)
  })
})
