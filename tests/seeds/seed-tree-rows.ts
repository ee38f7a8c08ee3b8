// T12/T13: department → unit → project. The printed rows are not indented, so unit rows are found
// by arithmetic: a unit's 合计 equals the sum of the projects below it (allowing a 0.01 tail).
import type { Cell, TableId, TableRow } from '../../core/tables/table-model'
import { parseWanCents } from './seed-text'

/** Rounding tail allowed between a unit row and the sum of its printed projects (spec §6.3, R34). */
const TAIL = 1

export function buildTreeRows(id: TableId, body: string[][], typedCells: (id: TableId, raw: string[]) => Cell[]): TableRow[] {
  if (body.length === 0) return []
  const totals = body.map((raw) => parseWanCents(raw[1] ?? ''))
  const rest = totals.slice(1)
  const unitStarts = splitUnits(rest, 0)
  if (!unitStarts) throw new Error(`${id}: cannot split ${rest.length} rows into units and projects`)
  const unitSum = unitStarts.reduce((s, u) => s + (rest[u] ?? 0), 0)
  const dept = totals[0] ?? 0
  if (Math.abs(unitSum - dept) > TAIL * unitStarts.length) throw new Error(`${id}: units sum to ${unitSum}, department row is ${dept}`)

  const rows: TableRow[] = [{ key: 'dept', kind: 'total', level: 0, cells: typedCells(id, body[0] ?? []) }]
  let unit = 0
  let project = 0
  rest.forEach((_, i) => {
    const cells = typedCells(id, body[i + 1] ?? [])
    if (unitStarts.includes(i)) {
      unit++
      project = 0
      rows.push({ key: `u:#${unit}`, kind: 'group', level: 1, cells })
    } else {
      project++
      rows.push({ key: `p:#${unit}.${project}`, kind: 'item', level: 2, cells })
    }
  })
  return rows
}

/**
 * Indices (into `totals`, from `start`) of the unit rows, such that each unit is followed by at least
 * one project and its total matches their sum. Shortest units are tried first; backtracks on failure.
 */
function splitUnits(totals: number[], start: number): number[] | null {
  if (start === totals.length) return []
  const unitTotal = totals[start] ?? 0
  let sum = 0
  for (let j = start + 1; j < totals.length; j++) {
    sum += totals[j] ?? 0
    if (Math.abs(sum - unitTotal) <= TAIL) {
      const next = splitUnits(totals, j + 1)
      if (next) return [start, ...next]
    }
  }
  return null
}

