import { describe, expect, it } from 'vitest'
import { formatMoneyText, parseMoneyText } from './money-text'
import { parseCell, parsePaste, splitClipboardText, type PasteColumn } from './parse-paste'

const columns: PasteColumn[] = [
  { key: 'functionCode', title: '功能科目', aliases: ['支出功能分类科目编码', '科目编码'], kind: 'code', lengths: [7], required: true },
  {
    key: 'source',
    title: '资金来源',
    kind: 'enum',
    options: [
      { value: 'general', label: '一般公共预算', aliases: ['一般'] },
      { value: 'fund', label: '政府性基金预算' },
    ],
  },
  { key: 'amount', title: '金额', kind: 'money', required: true },
]

describe('splitClipboardText', () => {
  it('splits rows and cells and keeps quoted tabs and line breaks', () => {
    expect(splitClipboardText('a\tb\r\nc\t"d\te"\n"x\ny"\t"say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['c', 'd\te'],
      ['x\ny', 'say "hi"'],
    ])
  })
})

describe('parseMoneyText', () => {
  it('reads 元 and 万元 with separators, full-width digits and unit words', () => {
    expect(parseMoneyText('1,234.50', 'yuan')).toMatchObject({ ok: true, yuan: '1234.50' })
    expect(parseMoneyText('１２３', 'yuan')).toMatchObject({ ok: true, yuan: '123.00' })
    expect(parseMoneyText('１，２３４．５', 'yuan')).toMatchObject({ ok: true, yuan: '1234.50' })
    expect(parseMoneyText('114.72', 'wan')).toMatchObject({ ok: true, yuan: '1147200.00' })
    expect(parseMoneyText('114.72万元', 'yuan')).toMatchObject({ ok: true, yuan: '1147200.00' })
    expect(parseMoneyText('500元', 'wan')).toMatchObject({ ok: true, yuan: '500.00' })
    expect(parseMoneyText('￥ 1 000', 'yuan')).toMatchObject({ ok: true, yuan: '1000.00' })
    expect(parseMoneyText('0.000001', 'wan')).toMatchObject({ ok: true, yuan: '0.01' })
  })

  it('gives a reason for what it cannot read', () => {
    expect(parseMoneyText('12a', 'yuan')).toEqual({ ok: false, reason: '不是有效的数字' })
    expect(parseMoneyText('-5', 'yuan')).toEqual({ ok: false, reason: '金额不能为负数' })
    expect(parseMoneyText('1.234', 'yuan')).toEqual({ ok: false, reason: '元金额最多两位小数' })
    expect(parseMoneyText('12,34', 'yuan')).toEqual({ ok: false, reason: '千分位分隔符位置不正确' })
    expect(parseMoneyText('1.2E+06', 'yuan').ok).toBe(false)
  })

  it('shows a stored amount in either unit and leaves unparsed text alone', () => {
    expect(formatMoneyText('1147200.00', 'wan')).toBe('114.72')
    expect(formatMoneyText('1147200.01', 'wan')).toBe('114.720001')
    expect(formatMoneyText('1147200.00', 'yuan')).toBe('1147200.00')
    expect(formatMoneyText('12a', 'wan')).toBe('12a')
  })
})

describe('parseCell', () => {
  it('reads codes with names attached and rejects wrong lengths', () => {
    const code = columns[0] as PasteColumn
    expect(parseCell('2010301 行政运行', code, 'yuan')).toEqual({ ok: true, value: '2010301' })
    expect(parseCell('２０１０３０１行政运行', code, 'yuan')).toEqual({ ok: true, value: '2010301' })
    expect(parseCell('2010301.0', code, 'yuan')).toEqual({ ok: true, value: '2010301' })
    expect(parseCell('20103', code, 'yuan')).toEqual({ ok: false, text: '20103', reason: '编码应为7位数字' })
    expect(parseCell('', code, 'yuan')).toMatchObject({ ok: false, reason: '“功能科目”为空' })
  })

  it('matches enum labels, values, aliases and unique fragments', () => {
    const source = columns[1] as PasteColumn
    expect(parseCell('一般公共预算', source, 'yuan')).toEqual({ ok: true, value: 'general' })
    expect(parseCell('一般', source, 'yuan')).toEqual({ ok: true, value: 'general' })
    expect(parseCell('基金', source, 'yuan')).toEqual({ ok: true, value: 'fund' })
    expect(parseCell('专户', source, 'yuan')).toMatchObject({ ok: false })
  })
})

describe('parsePaste', () => {
  it('parses a positional block in 元', () => {
    const r = parsePaste('2010301\t一般公共预算\t1,234.50\n2010350\t一般\t１２３\n', columns, 'yuan')
    expect(r.header).toBe(false)
    expect(r.problems).toEqual([])
    expect(r.rows.map((row) => row.cells)).toEqual([
      { functionCode: { ok: true, value: '2010301' }, source: { ok: true, value: 'general' }, amount: { ok: true, value: '1234.50' } },
      { functionCode: { ok: true, value: '2010350' }, source: { ok: true, value: 'general' }, amount: { ok: true, value: '123.00' } },
    ])
  })

  it('maps columns by a header line and takes the unit from it', () => {
    const r = parsePaste('金额（万元）\t科目编码\n114.72\t2010301\n', columns, 'yuan')
    expect(r.header).toBe(true)
    expect(r.unit).toBe('wan')
    expect(r.rows[0]?.cells).toEqual({ amount: { ok: true, value: '1147200.00' }, functionCode: { ok: true, value: '2010301' } })
  })

  it('reports blank lines, bad cells and extra columns with line and column', () => {
    const r = parsePaste('2010301\t一般\t100\n\n201030\t专户\t12a\textra\n\n', columns, 'yuan')
    expect(r.blankLines).toEqual([2])
    expect(r.rows).toHaveLength(2)
    expect(r.problems).toEqual([
      { line: 3, column: 1, columnTitle: '功能科目', text: '201030', reason: '编码应为7位数字' },
      { line: 3, column: 2, columnTitle: '资金来源', text: '专户', reason: '无法识别“专户”，应为：一般公共预算、政府性基金预算' },
      { line: 3, column: 3, columnTitle: '金额', text: '12a', reason: '不是有效的数字' },
      { line: 3, column: 4, columnTitle: '', text: 'extra', reason: '超出表格的列数，未粘贴' },
    ])
    // A bad cell keeps its text so the grid can show it.
    expect(r.rows[1]?.cells['amount']).toEqual({ ok: false, text: '12a', reason: '不是有效的数字' })
  })

  it('pastes a single value', () => {
    const r = parsePaste('300', [columns[2] as PasteColumn], 'wan')
    expect(r.rows[0]?.cells['amount']).toEqual({ ok: true, value: '3000000.00' })
  })
})

describe('a paste in the wrong unit', () => {
  it('flags amounts that all look like 元 when read in 万元', () => {
    const r = parsePaste('2010301\t一般\t150000\n2010302\t一般\t1,200,000\n', columns, 'wan')
    expect(r.looksLikeYuan).toBe(2)
    expect(r.rows[0]?.cells['amount']).toEqual({ ok: true, value: '1500000000.00' })
    expect(parsePaste('2010301\t一般\t150000\n', columns, 'yuan').looksLikeYuan).toBeUndefined()
  })

  it('does not ask when one amount looks like 万元, or the unit is written down', () => {
    expect(parsePaste('2010301\t一般\t150000\n2010302\t一般\t12.5\n', columns, 'wan').looksLikeYuan).toBeUndefined()
    expect(parsePaste('2010301\t一般\t9000\n', columns, 'wan').looksLikeYuan).toBeUndefined()
    expect(parsePaste('2010301\t一般\t150000元\n', columns, 'wan').looksLikeYuan).toBeUndefined()
    expect(parsePaste('科目编码\t资金来源\t金额（万元）\n2010301\t一般\t150000\n', columns, 'yuan').looksLikeYuan).toBeUndefined()
  })
})

describe('header-only columns', () => {
  const named: PasteColumn[] = [...columns, { key: 'functionName', title: '功能科目名称', aliases: ['科目名称'], kind: 'text', headerOnly: true }]
  it('take cells under their header, never by position', () => {
    const positional = parsePaste('2010301\t一般\t100\t多余\n', named, 'yuan')
    expect(positional.problems.map((p) => p.reason)).toHaveLength(1)
    expect(positional.rows[0]?.cells['functionName']).toBeUndefined()
    const headed = parsePaste('科目编码\t科目名称\t金额\n2013801\t行政运行\t100\n', named, 'yuan')
    expect(headed.rows[0]?.cells['functionName']).toEqual({ ok: true, value: '行政运行' })
    expect(parsePaste('行政运行\n', named, 'yuan', 3).rows[0]?.cells['functionName']).toEqual({ ok: true, value: '行政运行' })
  })
})
