// Fills ruleId and seedText of seed 000's entries in samples/expected-differences.json (after
// `npx tsx scripts/samples/update-expected-differences.ts 000` has listed them). Other seeds' entries
// are kept as they are. Usage: npx tsx scripts/samples/000/annotate-differences.ts
import { runTableRules } from '../../../core/rules/table-rules'
import { readExpectedDifferences, writeExpectedDifferences, type ExpectedDifference } from '../../../tests/samples/expected-differences'
import { ruleNaming } from '../../../tests/samples/rule-evidence'
import { seedRuleContext } from '../../../tests/samples/seed-rule-context'
import { parseSeedTables } from '../../../tests/seeds/parse-seed-tables'
import { readSeedText, SEED_FILES } from '../../../tests/seeds/seed-files'

interface Why {
  /** Rules to cite, most specific first; the first one that names the row (or a parent) on the seed is used. */
  rules: string[]
  seedText: string
}

const T20103 = '20103 印764.13（基本支出760.62），其下项级2010301 271.03 + 2010350 489.58 + 2010399 3.51 = 764.12（基本支出760.61）；项级数优先，类、款及表1/表4类级随之为764.12'
const T20805 = '20805 印104.39，其下项级2080502 1.98 + 2080505 102.42 = 104.40；项级数优先，类、款及表1/表4类级随之为104.40'
const T21011 = '21011 印47.49，其下项级2101101 12.75 + 2101102 28.86 + 2101103 5.89 = 47.50；项级数优先，类、款及表1/表4类级随之为47.50'
const BASIC_TOTAL = '基本支出合计印997.91，各项级基本支出之和为997.92（合计2045.61 ≠ 997.91 + 1047.69 = 2045.60）；项级数优先'

function explain(e: ExpectedDifference): Why {
  const code = /^(?:c|cat):(\d+)$/.exec(e.rowKey)?.[1] ?? ''
  const byCode = code.startsWith('201') ? T20103 : code.startsWith('208') ? T20805 : code.startsWith('210') ? T21011 : ''
  switch (e.table) {
    case 'T1':
      return { rules: ['R02'], seedText: `表1本年支出合计2045.61，各类之和2045.60；${byCode}` }
    case 'T4':
      return { rules: ['R15'], seedText: `表4本年支出合计2045.61，各类之和2045.60；${byCode}` }
    case 'T2':
      return { rules: ['R07'], seedText: byCode }
    case 'T3':
      return e.rowKey === 'total' ? { rules: ['R10', 'R11'], seedText: BASIC_TOTAL } : { rules: ['R11'], seedText: byCode }
    case 'T5':
      return { rules: ['R19'], seedText: e.rowKey === 'total' ? BASIC_TOTAL : byCode }
    case 'T6':
      if (e.rowKey === 'total') return { rules: ['R23b'], seedText: '表6合计印997.91（= 各类之和、= 表5基本支出合计），但表6各科目之和为997.93，表3/表5项级基本支出之和为997.92；项级数优先，表6合计随之为997.92，人员经费921.86' }
      if (e.rowKey.startsWith('g:')) return { rules: ['R23'], seedText: '工资福利支出印919.87，其下科目之和919.88（商品和服务支出印71.36，其下科目之和71.37）；科目数优先于类级' }
      return { rules: ['R23'], seedText: '表6各科目之和997.93，比表3/表5项级基本支出997.92多0.01（2010301行政运行271.03，而机关口径各科目之和271.04）；调减福利费|办公经费一分，商品和服务支出71.36、公用经费76.06与表11保持原数' }
    case 'T12':
      return { rules: ['R34'], seedText: '单位行印1047.69（= 表3项目支出合计），38个项目之和1047.68；表3项级2120399项目支出1044.18比其下项目之和多0.01，此“专家劳务费用”（绩效目标表33,136元）舍入余数最大，调为3.32' }
    default:
      return { rules: [], seedText: '' }
  }
}

const published = parseSeedTables(readSeedText('000'), SEED_FILES['000'].budgetYear)
const findings = runTableRules(published, seedRuleContext('000'))
const all = readExpectedDifferences()
const out = all.map((e) => {
  if (e.seed !== '000') return e
  const why = explain(e)
  const naming = ruleNaming(findings, published[e.table], e.publishedRowKey)
  const ruleId = why.rules.find((r) => naming.some((f) => f.ruleId === r)) ?? naming[0]?.ruleId ?? ''
  return { ...e, ruleId, seedText: why.seedText }
})
writeExpectedDifferences(out)
const mine = out.filter((e) => e.seed === '000')
console.log(`000: ${mine.length} entries, ${mine.filter((e) => !e.ruleId).length} without a flagging rule`)
for (const e of mine.filter((x) => !x.ruleId)) console.log(`  ${e.table} ${e.rowKey} ${e.column}: ${e.published} → ${e.derived}`)
