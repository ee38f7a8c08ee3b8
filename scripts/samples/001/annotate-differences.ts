// Fills in ruleId and seedText of seed 001's entries in samples/expected-differences.json, after
// scripts/samples/update-expected-differences.ts 001 has listed them. Other seeds' entries are kept.
// Usage: npx tsx scripts/samples/001/annotate-differences.ts
import { readExpectedDifferences, writeExpectedDifferences, type ExpectedDifference } from '../../../tests/samples/expected-differences'

interface Annotation {
  table: string
  /** Matches the entry's rowKey exactly, or every rowKey when absent. */
  rowKey?: string
  ruleId: string
  seedText: string
}

const ANNOTATIONS: Annotation[] = [
  {
    table: 'T3',
    rowKey: 'total',
    ruleId: 'R11',
    seedText: '表3合计行基本支出印1138.44，但各类基本支出之和为1138.43（合计12140.24也不等于1138.44+11001.81）；项级行优先，派生1138.43',
  },
  { table: 'T4', rowKey: 'cat:215', ruleId: 'R17n', seedText: '表4印“十五、资源勘探工业信息支出”，表1为“十五、资源勘探工业信息等支出”' },
  { table: 'T4', rowKey: 'cat:220', ruleId: 'R17n', seedText: '表4印“十九、自然资源海洋气象支出”，表1为“十九、自然资源海洋气象等支出”' },
  {
    table: 'T5',
    rowKey: 'total',
    ruleId: 'R19',
    seedText: '表5合计行基本支出印1138.44，但各类基本支出之和为1138.43（合计11864.66也不等于1138.44+10726.23）；项级行优先，派生1138.43',
  },
  {
    table: 'T6',
    rowKey: 'total',
    ruleId: 'R23',
    seedText: '表6合计印1138.44（公用经费51.64），但各经济科目之和为1138.45（商品和服务支出各科目51.65），表5项级基本支出之和为1138.43；派生取1138.43（公用经费51.63）',
  },
  {
    table: 'T6',
    rowKey: 'g:商品和服务支出',
    ruleId: 'R23',
    seedText: '表6商品和服务支出印51.64，其下各科目之和为51.65；各经济科目须减0.02才与表5项级基本支出1138.43一致，派生51.63',
  },
  {
    table: 'T6',
    rowKey: 'i:福利费|商品和服务支出',
    ruleId: 'R23',
    seedText: '表6福利费印26.13；经济科目合计比表5项级基本支出多0.02，在最大的商品和服务支出科目福利费中减去，派生26.11',
  },
  {
    table: 'T8',
    ruleId: 'R26',
    seedText: '表8印为空表（注：本表无数据），但表2、表4、表7、表12均有政府性基金275.58（2120803城市建设支出，消防救援大队梧桐消防站供热工程）',
  },
  {
    table: 'T12',
    rowKey: 'p:p62',
    ruleId: 'R34',
    seedText: '表12单位行一般公共预算10726.23（=表3/表5 2120399项目支出），各项目之和10726.22；柴晨静侯佳秀徐潇悦补发工资（绩效目标表49,242元，尾数最大）由4.92调为4.93',
  },
]

function annotate(e: ExpectedDifference): ExpectedDifference {
  if (e.seed !== '001') return e
  const a = ANNOTATIONS.find((x) => x.table === e.table && (x.rowKey === undefined || x.rowKey === e.rowKey))
  if (!a) throw new Error(`no annotation for 001 ${e.table} ${e.rowKey} ${e.column}`)
  return { ...e, ruleId: a.ruleId, seedText: a.seedText }
}

const entries = readExpectedDifferences()
writeExpectedDifferences(entries.map(annotate))
console.log(`annotated ${entries.filter((e) => e.seed === '001').length} entries of seed 001`)
