// Fills in ruleId and seedText of seed 004's entries in samples/expected-differences.json, after
// scripts/samples/update-expected-differences.ts 004 has listed them. Other seeds' entries are kept.
// Each cause is one of the seed's own contradictions (spec §6.3), carried by the app's sums of
// rounded lines into the rows that print it. Usage: npx tsx scripts/samples/004/annotate-differences.ts
import { readExpectedDifferences, writeExpectedDifferences, type ExpectedDifference } from '../../../tests/samples/expected-differences'

interface Cause {
  applies(e: ExpectedDifference): boolean
  /** Rule for the entry; absent → the one update-expected-differences found. */
  ruleId?(e: ExpectedDifference): string | undefined
  seedText: string
}

const CAUSES: Cause[] = [
  {
    applies: (e) => e.table === 'T12' && e.rowKey === 'p:p-service-property',
    seedText:
      '表12“大同市政务服务中心”印596.84（其项目精确合计596.8407万元），9个项目各自取整后相加为596.85；Z政务大厅物业管理服务费（绩效目标表886,262元，三个非整百元项目中尾数最小）改为886,249元，印88.62，使单位行、表3/表5项目支出1750.60和表1合计3229.82不变',
  },
  {
    applies: (e) => e.table === 'T6',
    // 住房公积金 is named by S1 itself (表6 vs 表5 2210201), the closer rule than R23's group sum.
    ruleId: (e) => (e.rowKey === 'i:住房公积金|住房公积金' ? 'S1' : undefined),
    seedText:
      '表6工资福利支出印1289.79而其下科目之和为1289.80（R23）；住房公积金129.81+4.03=133.84，而表5 2210201基本支出为133.85（S1）；派生取住房公积金129.82，基本工资、津贴补贴各减0.01（三个机关单位分别取整的尾差），工资福利支出仍为1289.79',
  },
  {
    applies: (e) => /^c:(208|20805|2080505)$/.test(e.rowKey),
    seedText:
      '2080505基本支出印140.81，但其合计列159.61 = 140.82 + 18.79（R10），表6机关事业单位基本养老保险缴费136.97 + 3.85 = 140.82（S2）；项级各行中只有它须加0.01表1合计3229.82才成立，派生140.82，20805、208基本支出185.35',
  },
  {
    applies: (e) => /^c:(210|21011)$/.test(e.rowKey) || e.rowKey === 'cat:210',
    seedText: '21011行政事业单位医疗印87.58（基本支出79.21），其下项级之和为87.57（79.20）；项级行优先，派生21011为87.57、210为87.93（基本支出79.56）',
  },
]

function annotate(e: ExpectedDifference): ExpectedDifference {
  if (e.seed !== '004') return e
  const cause = CAUSES.find((c) => c.applies(e))
  if (!cause) throw new Error(`no annotation for 004 ${e.table} ${e.rowKey} ${e.column}`)
  return { ...e, ruleId: cause.ruleId?.(e) ?? e.ruleId, seedText: cause.seedText }
}

const entries = readExpectedDifferences()
writeExpectedDifferences(entries.map(annotate))
console.log(`annotated ${entries.filter((e) => e.seed === '004').length} entries of seed 004`)
