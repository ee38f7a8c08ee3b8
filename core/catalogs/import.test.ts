import { describe, expect, it } from 'vitest'
import { parseImportedCatalog } from './import'

describe('parseImportedCatalog', () => {
  it('finds the header under title rows and reads codes stored as numbers or full-width digits', () => {
    const rows = [
      ['2026年支出功能分类科目', '', ''],
      ['', '', ''],
      ['序号', '科目编码', '科目名称', '备注'],
      ['1', '201', '一般公共服务支出'],
      ['2', '20103.0', '政府办公厅(室)及相关机构事务', 'x'],
      [],
      ['3', '２０１０３０１', '  行政运行 '],
    ]
    const { entries, problems } = parseImportedCatalog(rows, 'functional')
    expect(problems).toEqual([])
    expect(entries).toEqual([
      { code: '201', name: '一般公共服务支出', level: '类', status: 'imported', source: '导入文件第4行' },
      { code: '20103', name: '政府办公厅（室）及相关机构事务', level: '款', status: 'imported', source: '导入文件第5行' },
      { code: '2010301', name: '行政运行', level: '项', status: 'imported', source: '导入文件第7行' },
    ])
  })

  it('reports bad rows in Chinese with their row numbers and keeps the good ones', () => {
    const rows = [
      ['编码', '名称'],
      ['201', '一般公共服务支出'],
      ['20101', '人大事务'],
      ['2010101', ''],
      ['20101x', '坏编码'],
      ['2010', '位数不对'],
      ['', '没有编码'],
      ['20101', '人大事务（重复）'],
    ]
    const { entries, problems } = parseImportedCatalog(rows, 'functional')
    expect(entries.map((e) => e.code)).toEqual(['201', '20101'])
    expect(problems).toEqual([
      { row: 4, message: '第4行：科目编码“2010101”缺少科目名称' },
      { row: 5, message: '第5行：科目编码“20101x”格式不正确' },
      { row: 6, message: '第6行：科目编码“2010”格式不正确，应为3、5、7位数字' },
      { row: 7, message: '第7行：缺少科目编码（科目名称“没有编码”）' },
      { row: 8, message: '第8行：科目编码“20101”重复（第3行已出现），已忽略本行' },
    ])
  })

  it('accepts only 类 and 款 for the economic classifications', () => {
    const rows = [['code', 'name'], ['301', '工资福利支出'], ['30101', '基本工资'], ['3010101', '太长']]
    const { entries, problems } = parseImportedCatalog(rows, 'economicDepartment')
    expect(entries.map((e) => [e.code, e.level])).toEqual([['301', '类'], ['30101', '款']])
    expect(problems).toEqual([{ row: 4, message: '第4行：科目编码“3010101”格式不正确，应为3、5位数字' }])
  })

  it('splits "code name" written into the code column', () => {
    const rows = [['功能分类科目编码', '科目名称'], ['2010301 行政运行', '']]
    expect(parseImportedCatalog(rows, 'functional').entries).toEqual([
      { code: '2010301', name: '行政运行', level: '项', status: 'imported', source: '导入文件第2行' },
    ])
  })

  it('says so when no header row can be found', () => {
    const result = parseImportedCatalog([['201', '一般公共服务支出']], 'income')
    expect(result.entries).toEqual([])
    expect(result.problems[0]?.message).toContain('未找到表头')
  })
})
