// 001's project forms in the layouts other than the standard one (spec §5.3), read from the seed text:
// the 2024 `孝义市预算部门（单位）项目绩效目标申报表` (money in 万元, 中期/年度 halves, template prompts
// `目标 1：` / `指标 1：`) and the one `山西省省级…项目支出绩效目标申报表` (money in 元, its indicator grid
// mostly lost by the extraction: only the 时效 rows survive). Cells are taken as printed; the template
// prompts are not content (a prompt alone is no 三级 name, a goal of prompts only is blank).
import type { ProjectAttribute } from '../../../core/model/enums'
import type { Level1 } from '../../../core/model/performance'
import { IndicatorReader, isFiller, LEVEL1, LEVEL2, splitHalves, tokens, type Half, type IndicatorInput } from '../forms/indicators'
import { formShape, numbersIn, yuanOf, type ParsedForm } from '../forms/standard-form'
import { fenOf } from '../forms/match'
import { fenToYuanString } from '../../../core/money/money'

/** `效益 指标`, `满意度 指标`, `时效 指标`: labels with a wrap space; `产出` without 指标. */
function label(t: string): string {
  const compact = t.replace(/\s/g, '')
  if (compact === '产出') return '产出指标'
  return compact in LEVEL1 || compact in LEVEL2 ? compact : t
}

const PROMPT = /^指标\s*\d+\s*[:：]?\s*/
const isPrompt = (t: string | undefined): boolean => t !== undefined && PROMPT.test(t) && t.replace(PROMPT, '') === ''

/** A prompt with a value in the 中期 half is unlikely: the 中期 halves are left blank (001 `指标 2: | 改造废物回收利用程度 | 明显`). */
const promptPenalty = (a: Half): number => (isPrompt(a.name) && a.value !== undefined ? 5 : 0)

/** Goal texts made of prompts only (`目标 1：目标 2：目标 3：`) are blank. */
const goalText = (s: string): string => (/^(?:目标\s*\d+\s*[:：]\s*)+$/.test(s.replace(/\s/g, ' ').trim()) ? '' : s)

/** `项目属性` of this layout is free text (`宣传资料及文印费用`, `一次性项目`). */
const ATTRIBUTE_WORDS: [RegExp, ProjectAttribute][] = [
  [/一次性/, 'one-off'],
  [/经常性/, 'recurring'],
  [/延续性/, 'phased'],
]

function indicators(lines: string[]): { implementation: IndicatorInput[]; annual: IndicatorInput[] } {
  const implementation = new IndicatorReader()
  const annual = new IndicatorReader()
  for (let i = 0; i < lines.length; i++) {
    const t = tokens(lines[i] as string).map(label)
    if (t.length === 0 || isFiller(t)) continue
    // 省级 form: the 二级 label wraps over two lines of its own (`时效` / `指标`).
    const next = tokens(lines[i + 1] ?? '')
    if (t.length === 1 && next.length === 1 && label(`${t[0]}${next[0]}`) in LEVEL2) {
      implementation.setLevel2(label(`${t[0]}${next[0]}`))
      annual.setLevel2(label(`${t[0]}${next[0]}`))
      i++
      continue
    }
    let level1: Level1 | undefined
    while (t[0] !== undefined && t[0] in LEVEL1) level1 = LEVEL1[t.shift() as string]
    const [a, b] = splitHalves(t, promptPenalty)
    if (a.name === b.name && a.value === b.value && (a.level2 === undefined) !== (b.level2 === undefined)) a.level2 = b.level2 = a.level2 ?? b.level2
    for (const [h, reader] of [
      [a, implementation],
      [b, annual],
    ] as const) {
      const name = h.name?.replace(PROMPT, '')
      const keep = name !== undefined && (name !== '' || (h.value ?? '') !== '')
      reader.take({ ...(h.level2 ? { level2: h.level2 } : {}), ...(keep ? { name, value: h.value ?? '' } : {}) }, level1)
    }
  }
  return { implementation: implementation.out, annual: annual.out }
}

/** `项目负责人：张树峰 填表人：李明明 联系电话：13546681103 填报日期：2024.1.4` (one cell). */
function footer(block: string[]): { owner: string; handler: string; phone: string; filledAt: string } {
  const line = block.find((l) => /^项目负责人/.test(l)) ?? ''
  const field = (lbl: string) => new RegExp(`${lbl}\\s*[:：]\\s*(.*?)\\s*(?:填表人|联系电话|填报日期|$)`).exec(line)?.[1]?.trim() ?? ''
  return { owner: field('项目负责人'), handler: field('填表人'), phone: field('联系电话'), filledAt: field('填报日期').replace(/\s/g, '') }
}

export function parseDeclarationForm(block: string[]): ParsedForm {
  const rows = block.map(tokens)
  const at = (pred: (label: string) => boolean): number => rows.findIndex((t) => pred((t[0] ?? '').replace(/\s/g, '')))
  const text = (pred: (label: string) => boolean): string => rows[at(pred)]?.[1] ?? ''
  const name = text((l) => l === '项目名称')
  const main = rows[at((l) => l === '主管部门及代码')] ?? []
  const unitCell = main.findIndex((c) => c.includes('实施单位'))
  const unitName = unitCell >= 0 ? (main[unitCell + 1] ?? '').replace(/^中标单位$/, '') : ''
  const moneyLine = block.find((l) => l.includes('年度资金总额')) ?? ''
  const inYuan = /\(元\)|（元）/.test(moneyLine)
  const [midPart = '', annualPart = ''] = moneyLine.split(/年度资金总额/).slice(-2)
  const mid = inYuan ? numbersIn(moneyLine)[0] : numbersIn(midPart.replace(/中期/, ''))[0]
  const annual = inYuan ? numbersIn(moneyLine)[1] : numbersIn(annualPart)[0]
  const toYuan = (printed: string) => (inYuan ? yuanOf(printed) : fenToYuanString(fenOf(printed, '万元')))
  const moneyAt = block.indexOf(moneyLine)
  const splitRow = (re: RegExp) => yuanOf(numbersIn(block.slice(moneyAt).find((l) => re.test(l)) ?? '')[0] ?? '0')
  // Goals: the row under `总体目标 | 中期目标… | 年度目标`, split at the 年度目标 column (the 省级 form prints one text).
  const goalAt = at((l) => l === '总体目标')
  const header = (block[goalAt] ?? '').split('\t').map((c) => c.trim())
  const annualCol = header.findIndex((c) => c.startsWith('年度目标'))
  let implementationGoal = ''
  let annualGoal = ''
  if (annualCol < 0) {
    implementationGoal = annualGoal = rows[goalAt]?.[1] ?? ''
  } else {
    // The goal row may follow a blank line (土地利用…数据库更新).
    const goalRow = block.slice(goalAt + 1).find((l) => l.trim() !== '') ?? ''
    const cells = (tokens(goalRow)[0] === '绩效指标' ? '' : goalRow).split('\t').map((c) => c.trim())
    implementationGoal = goalText(cells.slice(0, annualCol).filter((c) => c !== '').join(' '))
    annualGoal = goalText(cells.slice(annualCol).filter((c) => c !== '').join(' '))
  }
  const gridAt = rows.findIndex((t) => t.includes('一级指标'))
  const end = block.findIndex((l) => /^项目负责人/.test(l))
  const grid = indicators(block.slice(gridAt >= 0 ? gridAt + 1 : goalAt + 1, end >= 0 ? end : block.length))
  // The 项目实施计划 of the 省级 form runs on in a cell of its own on the following lines.
  const planAt = at((l) => l === '项目实施计划')
  const plan = [rows[planAt]?.[1] ?? '']
  for (let k = planAt + 1; planAt >= 0 && k < rows.length && (rows[k]?.length ?? 0) <= 1; k++) plan.push(rows[k]?.[0] ?? '')
  const attributeText = text((l) => l === '项目属性')
  const shape = formShape(block)
  const attribute = ATTRIBUTE_WORDS.find(([re]) => re.test(attributeText))?.[1]
  return {
    name,
    unitName,
    annualYuan: annual === undefined ? '0.00' : toYuan(annual),
    annualPrinted: annual !== undefined,
    shape: attribute ? { ...shape, attribute } : {},
    form: {
      ...(mid !== undefined ? { implementationTotal: toYuan(mid) } : {}),
      ...(inYuan
        ? {
            implementationSplit: {
              central: splitRow(/中央财政资金/),
              provincial: splitRow(/省级财政资金/),
              local: splitRow(/市县/),
              selfRaised: splitRow(/单位自筹/),
              other: splitRow(/其他资金/),
            },
          }
        : {}),
      overview: text((l) => l === '项目概况'),
      basis: text((l) => l === '立项依据'),
      necessity: text((l) => l.startsWith('项目设立')),
      measures: text((l) => /^(?:保障|保证)项目实施的/.test(l)),
      plan: plan.filter((p) => p !== '').join(''),
      implementationGoal,
      annualGoal,
      implementationIndicators: grid.implementation,
      annualIndicators: grid.annual,
      ...footer(block),
    },
  }
}
