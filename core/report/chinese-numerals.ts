// Chinese counting numerals for sentences such as `下属三个单位` / `两个参公单位` (spec §9.4).
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五; counts up to 9999. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n)
  if (n < 10) return DIGITS[n] as string
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`
  const units = ['', '十', '百', '千']
  const digits = String(n).split('').map(Number)
  let out = ''
  let zero = false
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] as string
    if (d === 0) {
      zero = true
      return
    }
    if (zero && out !== '') out += '零'
    zero = false
    out += `${DIGITS[d]}${unit}`
  })
  return out
}

/** A count before a measure word: 2 is `两` (`两个参公单位`), otherwise as chineseNumeral. */
export function chineseCount(n: number): string {
  return n === 2 ? '两' : chineseNumeral(n)
}
