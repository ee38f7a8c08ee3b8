// The indicator grid of the forms (spec §5.4): 一级 → 二级 → 三级 + 指标值, every 二级 printed even
// when empty (as the seeds do), several 三级 rows sharing one 二级 cell. The project form prints
// two halves side by side (实施期 | 年度); the 2026 整体 form one.
import type { GovernmentLevel } from '../model/enums'
import { LEVEL1, LEVEL1_LABELS, LEVEL2_BY_LEVEL1, type Indicator, type Level1, type Level2 } from '../model/performance'
import { cell, type FormLayoutId, type GridBuilder, type RowRange } from './form-model'
import { formatIndicatorValue } from './indicator-value'
import { level2Label } from './layouts'

export interface IndicatorGridOptions {
  /** The caption in column 0 spanning the grid: `绩效指标` or `年度绩效指标`. */
  caption: string
  halves: readonly (readonly Indicator[])[]
  layout: FormLayoutId
  level: GovernmentLevel
}

export interface IndicatorGridRows {
  header: RowRange
  groups: RowRange[]
}

/** Indicators under one 二级, placed by their 二级 (the hierarchy is fixed; a wrong 一级 is flagged by F02). */
function byLevel2(list: readonly Indicator[], level2: Level2): Indicator[] {
  return list.filter((i) => i.level2 === level2)
}

function rowsOfLevel1(halves: IndicatorGridOptions['halves'], level1: Level1): { level2: Level2; count: number }[] {
  return LEVEL2_BY_LEVEL1[level1].map((level2) => ({ level2, count: Math.max(1, ...halves.map((h) => byLevel2(h, level2).length)) }))
}

/** Places the grid at `start` (columns: caption, 一级, then 二级/三级/指标值 per half); returns its row ranges. */
export function placeIndicatorGrid(g: GridBuilder, start: number, o: IndicatorGridOptions): IndicatorGridRows {
  const plan = LEVEL1.map((level1) => ({ level1, rows: rowsOfLevel1(o.halves, level1) }))
  const total = plan.reduce((a, p) => a + p.rows.reduce((b, r) => b + r.count, 0), 0)
  g.put(start, 0, cell(o.caption, 'label', { rowSpan: total + 1 }))
  g.line(start, [cell('一级指标', 'header'), ...o.halves.flatMap(() => [cell('二级指标', 'header'), cell('三级指标', 'header'), cell('指标值', 'header')])])
  const groups: RowRange[] = []
  let row = start + 1
  for (const { level1, rows } of plan) {
    const groupStart = row
    const groupRows = rows.reduce((a, r) => a + r.count, 0)
    g.put(row, 1, cell(LEVEL1_LABELS[level1], 'label', { rowSpan: groupRows }))
    for (const { level2, count } of rows) {
      o.halves.forEach((half, h) => {
        const col = 2 + h * 3
        const items = byLevel2(half, level2)
        g.put(row, col, cell(level2Label(level2, o.layout, o.level), 'label', { rowSpan: count }))
        for (let k = 0; k < count; k++) {
          const ind = items[k]
          g.put(row + k, col + 1, cell(ind?.name ?? '', 'value'))
          g.put(row + k, col + 2, cell(ind ? formatIndicatorValue(ind.value) : '', 'value', { align: 'center' }))
        }
      })
      row += count
    }
    groups.push({ start: groupStart, end: row })
  }
  return { header: { start, end: start + 1 }, groups }
}
