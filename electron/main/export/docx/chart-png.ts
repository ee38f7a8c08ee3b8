import type { Narrative } from '../../../../core/narrative/narrative-model'
import type { ChartPng } from './chart'
export function chartPngs(_n: Narrative): Partial<Record<string, ChartPng>> {
  return {}
}
