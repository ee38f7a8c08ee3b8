// `--format json`: all 13 tables and all findings, in the published shape of core/api/export-schema.
import { TABLE_IDS } from '../../../core/tables/table-model'
import type { TablesExport } from '../../../core/api/export-schema'
import type { Analysis } from '../../../core/rules/analyze'

export function tablesExport(analysis: Analysis, generatedAt: string): TablesExport {
  const { data, tables } = analysis.derivation
  return {
    format: 'budget-disclosure-tables',
    schemaVersion: 1,
    departmentName: data.department.displayName,
    budgetYear: data.department.budgetYear,
    moneyUnit: '0.01万元',
    generatedAt,
    tables: TABLE_IDS.map((id) => tables[id]),
    findings: analysis.findings,
  }
}
