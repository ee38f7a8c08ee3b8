// Rounding groups (domain-core issue §3): inside a group, a largest-remainder allocation makes the
// group's total the half-up rounding of its exact 元 total, and moves no line more than 0.01万元.
import type { WanCents } from '../tables/table-model'
import { FEN_PER_WAN_CENT, roundFenToWanCents, type Fen } from './money'

/** Rounds each amount of one group to 0.01万元 so that the rounded amounts sum to the rounded total. */
export function allocateGroup(fens: readonly Fen[]): WanCents[] {
  const floors = new Array<number>(fens.length)
  const remainders = new Array<number>(fens.length)
  let total = 0
  let floorSum = 0
  for (let i = 0; i < fens.length; i++) {
    const f = fens[i] as number
    if (f < 0) throw new RangeError('amounts in a rounding group must not be negative')
    const q = Math.floor(f / FEN_PER_WAN_CENT)
    floors[i] = q
    remainders[i] = f - q * FEN_PER_WAN_CENT
    total += f
    floorSum += q
  }
  let missing = roundFenToWanCents(total) - floorSum
  if (missing === 0) return floors
  const order = remainders.map((r, i) => i).sort((a, b) => (remainders[b] as number) - (remainders[a] as number) || a - b)
  for (const i of order) {
    if (missing === 0) break
    floors[i] = (floors[i] as number) + 1
    missing--
  }
  return floors
}
