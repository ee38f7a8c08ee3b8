// 发布前体检 (official-rules (c), A7): the K rules, the five dimensions, the export gate, the
// officer's checklist, the printable 自查表, and the text checks that also read published text.
export { inspect, canExport, runInspectionRules, type ExportGate, type InspectOptions } from './inspect'
export { INSPECTION_RULES, SUPERSEDED_BY, tableFigures } from './rules'
export { CHECKLIST, DIMENSION_IDS, DIMENSION_LABELS, DIMENSION_NOTES, DIMENSION_RULES } from './dimensions'
export { selfCheckTable, SELF_CHECK_COLUMNS, type ChecklistTicks, type SelfCheckResult, type SelfCheckRow, type SelfCheckTable } from './self-check'
export { deadlineInfo, isWorkingDay, localDay, publicationDeadline } from './deadline'
export { checkNarrativeText, checkPublishedTables } from './published'
export { narrativeText, type NarrativeText, type TextContext } from './text-context'
export { inspectUnit, inspectUnits, type UnitInspection } from './units'
export type * from './types'
