// 指标值 (spec §5.4): a comparison, a value and a unit (`≥95%`, `≤365天`, `114.72万元`), or plain
// words (`及时`, `保障工作效率`). The model stores the three parts; this module reads what the
// officer types, prints the parts back, and says in Chinese what is wrong with a value.
import type { Indicator } from '../model/performance'

export type IndicatorValue = Indicator['value']
export type Comparator = IndicatorValue['comparator']

/** Signs typed for a comparison, each with the sign printed. */
const SYMBOLS: readonly [RegExp, Exclude<Comparator, ''>][] = [
  [/^(?:>=|≥|≧|＞＝)/, '≥'],
  [/^(?:<=|≤|≦|＜＝)/, '≤'],
  [/^[>＞]/, '>'],
  [/^[<＜]/, '<'],
  [/^[=＝]/, '='],
]
/** Words for a comparison; they count only before a number (`不低于95%`, not `高于全省平均水平`). */
const WORDS: readonly [RegExp, Exclude<Comparator, ''>][] = [
  [/^(?:大于等于|不低于|不少于)/, '≥'],
  [/^(?:小于等于|不高于|不超过|不多于)/, '≤'],
  [/^(?:大于|高于)/, '>'],
  [/^(?:小于|低于)/, '<'],
  [/^等于/, '='],
]

/** A number as the seeds print it: `95`, `114.72`, `0.5`; no signs, no separators. */
const NUMBER = /^\d+(?:\.\d+)?$/
/** A quantity with its unit: `365天`, `114.72万元`, `300元/年/核`, `1 小时`. */
const QUANTITY = /^(\d+(?:\.\d+)?)(?:\s*([^\d.,\s].*))?$/

function normalizeDigits(text: string): string {
  // Full-width digits and the full-width point/percent typed with a Chinese input method.
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/％/g, '%')
}

/**
 * Reads a typed 指标值. A leading comparison sign (or its words: `不低于`, `不超过`, `>=`) becomes the
 * comparator; a number followed by anything else is value + unit; anything else is kept as words.
 * Thousands separators in numbers are dropped (`1,000元` → 1000 / 元).
 */
export function parseIndicatorValue(typed: string): IndicatorValue {
  let rest = normalizeDigits(typed.trim())
  let comparator: Comparator = ''
  const symbol = SYMBOLS.find(([p]) => p.test(rest))
  const word = WORDS.find(([p]) => p.test(rest))
  if (symbol) {
    comparator = symbol[1]
    rest = rest.replace(symbol[0], '').trim()
  } else if (word && /^\s*\d/.test(rest.replace(word[0], ''))) {
    comparator = word[1]
    rest = rest.replace(word[0], '').trim()
  }
  const compact = rest.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1')
  const q = QUANTITY.exec(compact)
  if (q) return { comparator, value: q[1] ?? '', unit: (q[2] ?? '').trim() }
  return { comparator, value: rest, unit: '' }
}

/** The printed form: `≥95%`, `≤365天`, `114.72万元`, `及时`. */
export function formatIndicatorValue(v: IndicatorValue): string {
  return `${v.comparator}${v.value}${v.unit}`
}

export function isNumericValue(v: IndicatorValue): boolean {
  return NUMBER.test(v.value)
}

export type IndicatorProblem =
  | 'empty'
  | 'comparator-without-number'
  | 'unit-without-number'
  | 'malformed-number'
  | 'missing-name'

/** Chinese messages for the problems, with the indicator's name and value quoted. */
export function indicatorProblemMessage(problem: IndicatorProblem, name: string, value: IndicatorValue): string {
  const printed = formatIndicatorValue(value)
  const who = name ? `指标“${name}”` : '三级指标'
  switch (problem) {
    case 'empty':
      return `${who}的指标值未填写`
    case 'comparator-without-number':
      return `${who}的指标值“${printed}”有比较符号，但后面不是数字（应如“≥95%”“≤15个工作日”）`
    case 'unit-without-number':
      return `${who}的指标值“${printed}”有计量单位，但没有数值`
    case 'malformed-number':
      return `${who}的指标值“${printed}”中的数字格式不正确`
    case 'missing-name':
      return `指标值“${printed}”缺少三级指标名称`
  }
}

/**
 * What is wrong with one indicator, in order of importance; [] when it is well formed. Plain
 * words are accepted as they are (`及时`, `明显`): the seeds use them for half the indicators.
 */
export function indicatorProblems(ind: Pick<Indicator, 'name' | 'value'>): IndicatorProblem[] {
  const v = ind.value
  const out: IndicatorProblem[] = []
  if (ind.name.trim() === '' && formatIndicatorValue(v).trim() !== '') out.push('missing-name')
  if (v.value.trim() === '') {
    if (v.comparator !== '' || v.unit !== '') out.push(v.comparator !== '' ? 'comparator-without-number' : 'unit-without-number')
    else out.push('empty')
    return out
  }
  const looksNumeric = /^[\d.,]+$/.test(v.value)
  const leadingNumber = /^[\d.,]+/.exec(v.value)?.[0]
  if (leadingNumber !== undefined && !NUMBER.test(leadingNumber)) out.push('malformed-number')
  else if (!looksNumeric && v.comparator !== '') out.push('comparator-without-number')
  else if (!looksNumeric && v.unit !== '') out.push('unit-without-number')
  return out
}

/** Messages for one indicator; [] when well formed. */
export function validateIndicator(ind: Pick<Indicator, 'name' | 'value'>): string[] {
  return indicatorProblems(ind).map((p) => indicatorProblemMessage(p, ind.name, ind.value))
}
