// The unit amounts are typed and shown in (元 or 万元): a setting of the document
// (settings.entryUnit), saved with it, so the same file reads the same on every computer. It changes
// how amounts are typed and shown only: stored amounts are always 元 and are never converted.
import type { MoneyUnit } from '../paste/money-text'
import { updateData, useEditor } from '../../state/store'

export function setMoneyUnit(unit: MoneyUnit): void {
  updateData((d) => (d.settings.entryUnit === unit || (unit === 'yuan' && d.settings.entryUnit === undefined) ? d : { ...d, settings: { ...d.settings, entryUnit: unit } }), 'entry-unit')
}

export function useMoneyUnit(): MoneyUnit {
  return useEditor((s) => s.history?.present.data.settings.entryUnit ?? 'yuan')
}
