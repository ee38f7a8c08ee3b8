// The project forms a seed prints, reduced to what the tests compare: 项目名称, 实施单位 and the
// printed 年度资金总额 in 元 (spec §5.2). Blocks run from one form title to the next.
import { readSeedText, type SeedId } from '../seeds/seed-files'
import { cleanLines, normalizeName } from '../seeds/seed-text'

export interface SeedForm {
  name: string
  unitName: string
  /** 年度资金总额 in 分, as printed (`1,147,200` → 114720000). */
  annualFen: number
}

const tokens = (line: string) => line.split('\t').map((c) => c.trim()).filter((c) => c !== '')

function fenOf(printed: string): number {
  const [whole = '0', frac = ''] = printed.replace(/,/g, '').split('.')
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'))
}

export function seedProjectForms(seed: SeedId): SeedForm[] {
  const lines = cleanLines(readSeedText(seed))
  const starts = lines.map((l, i) => (/项目支出绩效目标表$/.test(l) ? i : -1)).filter((i) => i >= 0)
  return starts.map((s, k) => {
    const block = lines.slice(s, starts[k + 1] ?? lines.length)
    const row = (label: string) => tokens(block.find((l) => tokens(l)[0]?.replace(/\s/g, '') === label) ?? '')
    const main = row('主管部门及代码')
    const money = (block.find((l) => l.includes('实施期资金总额')) ?? '').replace(/\(元\)|（元）/g, '')
    const amounts = money.match(/\d[\d,]*(?:\.\d+)?/g) ?? []
    return { name: normalizeName(row('项目名称')[1] ?? ''), unitName: normalizeName(main[main.indexOf('实施单位') + 1] ?? ''), annualFen: fenOf(amounts[1] ?? '0') }
  })
}
