// Matches a seed's printed project forms to the projects of its 表12 (spec §6.1 N12): by 实施单位 and
// amount — 年度资金总额 rounded half-up to 0.01万元 against the printed 表12 amount — never by name.
// Where several projects of a unit print the same amount, the form's 项目属性/项目期 decides, and only
// then the closest name (shared character pairs; the names differ too often to compare them exactly).
// A form that leaves 年度资金总额 blank is matched by its 实施期资金总额, or, when the unit's remaining
// forms and projects are as many, in order.
import type { WanCents } from '../../../core/tables/table-model'
import { parseSeedTables } from '../../../tests/seeds/parse-seed-tables'
import { readSeedText, SEED_FILES, type SeedId } from '../../../tests/seeds/seed-files'
import { normalizeName } from '../../../tests/seeds/seed-text'
import type { FormShape } from './standard-form'

/** A project row of the seed's 表12, in table order. */
export interface SeedProjectRow {
  index: number
  unitName: string
  name: string
  cents: WanCents
}

export function seedT12Projects(seed: SeedId): SeedProjectRow[] {
  const t12 = parseSeedTables(readSeedText(seed), SEED_FILES[seed].budgetYear).T12
  const out: SeedProjectRow[] = []
  let unitName = ''
  for (const r of t12.rows) {
    const label = r.cells[0]?.kind === 'text' ? r.cells[0].text : ''
    const total = r.cells[1]
    if (r.key.startsWith('u:')) unitName = normalizeName(label)
    if (r.key.startsWith('p:')) out.push({ index: out.length, unitName, name: normalizeName(label), cents: total?.kind === 'money' ? total.value : 0 })
  }
  return out
}

/** Printed 元 (`1,147,200`, `157,929.07`) or 万元 (`61.2653`) as 分, by digits, never through a float. */
export function fenOf(text: string, unit: '元' | '万元'): number {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.replace(/[,，\s]/g, ''))
  if (!m) throw new Error(`not an amount: "${text}"`)
  const scale = unit === '元' ? 2 : 6
  const frac = (m[2] ?? '').padEnd(scale, '0')
  if (frac.length > scale) throw new Error(`too many decimals: "${text}"`)
  return Number(`${m[1]}${frac}`)
}

/** 分 → 0.01万元, half-up (spec §5.2: 114.72万元 ↔ 1,147,200元). */
export const centsOfFen = (fen: number): WanCents => Math.floor((fen + 5_000) / 10_000)

export interface FormToMatch {
  name: string
  unitName: string
  /** 年度资金总额 in 分; undefined where the form leaves it blank. */
  annualFen?: number
  implementationFen?: number
  shape: FormShape
}

export type MatchedBy = 'identified' | 'amount' | 'amount+shape' | 'amount+name' | 'implementation' | 'remaining'

export interface FormMatch {
  form: number
  row: number
  by: MatchedBy
  /** The form's unit was not a 表12 unit; the department's only unit was taken. */
  unitAssumed: boolean
}

export interface MatchOptions {
  /** Forms a person identified (spec §6.3 lists the forms whose amount disagrees with 表12): form → row. */
  identified?: ReadonlyMap<number, number>
  /** 项目属性/项目期 of a 表12 row (the sample's project). */
  rowShape?: (row: number) => FormShape
}

function pairs(s: string): string[] {
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2))
}

/** Dice coefficient of the character pairs of two names. */
export function nameCloseness(a: string, b: string): number {
  const pa = pairs(normalizeName(a))
  const pb = pairs(normalizeName(b))
  let common = 0
  const rest = [...pb]
  for (const p of pa) {
    const i = rest.indexOf(p)
    if (i >= 0) {
      common++
      rest.splice(i, 1)
    }
  }
  return pa.length + pb.length === 0 ? 0 : (2 * common) / (pa.length + pb.length)
}

const shapeFits = (form: FormShape, row: FormShape): boolean =>
  (form.attribute === undefined || form.attribute === row.attribute) && (form.durationYears === undefined || form.durationYears === row.durationYears)

export function matchForms(forms: readonly FormToMatch[], rows: readonly SeedProjectRow[], options: MatchOptions = {}): FormMatch[] {
  const units = [...new Set(rows.map((r) => r.unitName))]
  const unitOf = (f: FormToMatch): [string, boolean] => {
    const u = normalizeName(f.unitName)
    if (units.includes(u)) return [u, false]
    if (units.length === 1) return [units[0] as string, true]
    throw new Error(`form ${f.name}: 实施单位 ${f.unitName} is not a 表12 unit`)
  }
  const out: FormMatch[] = []
  const takenRows = new Set<number>()
  const done = new Set<number>()
  const take = (form: number, row: number, by: MatchedBy) => {
    out.push({ form, row, by, unitAssumed: unitOf(forms[form] as FormToMatch)[1] })
    takenRows.add(row)
    done.add(form)
  }
  for (const [form, row] of options.identified ?? []) take(form, row, 'identified')
  const open = (f: FormToMatch, cents: (r: SeedProjectRow) => boolean) => rows.filter((r) => !takenRows.has(r.index) && r.unitName === unitOf(f)[0] && cents(r))
  const byAmount = (i: number): SeedProjectRow[] => {
    const f = forms[i] as FormToMatch
    if (f.annualFen !== undefined) return open(f, (r) => r.cents === centsOfFen(f.annualFen as number))
    return f.implementationFen === undefined ? [] : open(f, (r) => r.cents === centsOfFen(f.implementationFen as number))
  }
  for (let progress = true; progress; ) {
    progress = false
    // Unique amounts first, so that a tie is only broken among projects no other form claims.
    for (let i = 0; i < forms.length; i++) {
      const c = byAmount(i)
      if (done.has(i) || c.length !== 1) continue
      take(i, (c[0] as SeedProjectRow).index, forms[i]?.annualFen === undefined ? 'implementation' : 'amount')
      progress = true
    }
    if (progress) continue
    for (let i = 0; i < forms.length && !progress; i++) {
      const f = forms[i] as FormToMatch
      const c = byAmount(i)
      if (done.has(i) || c.length < 2 || f.annualFen === undefined) continue
      const fitting = options.rowShape ? c.filter((r) => shapeFits(f.shape, options.rowShape?.(r.index) ?? {})) : c
      if (fitting.length === 1) {
        take(i, (fitting[0] as SeedProjectRow).index, 'amount+shape')
      } else {
        const ranked = (fitting.length > 0 ? fitting : c).map((r) => ({ r, score: nameCloseness(f.name, r.name) })).sort((a, b) => b.score - a.score)
        const [best, second] = ranked
        if (!best || (second && second.score === best.score)) throw new Error(`form ${f.name}: cannot tell ${c.map((r) => r.name).join(' / ')} apart`)
        take(i, best.r.index, 'amount+name')
      }
      progress = true
    }
  }
  // Blank 年度资金总额 with no project at its 实施期 amount: in order, if the unit's forms and projects agree in number.
  const left = forms.map((_, i) => i).filter((i) => !done.has(i))
  for (const unit of units) {
    const fs = left.filter((i) => unitOf(forms[i] as FormToMatch)[0] === unit)
    const rs = rows.filter((r) => r.unitName === unit && !takenRows.has(r.index))
    if (fs.length === 0) continue
    if (fs.some((i) => forms[i]?.annualFen !== undefined) || fs.length !== rs.length) throw new Error(`forms left unmatched: ${fs.map((i) => forms[i]?.name).join(', ')}`)
    fs.forEach((i, k) => take(i, (rs[k] as SeedProjectRow).index, 'remaining'))
  }
  return out.sort((a, b) => a.row - b.row)
}
