// Named builders for test documents (architecture rule 11): fixtures are built, not hand-typed JSON.
import { DocumentData, type DocumentDataInput } from '../../core/model/document-data'
import { CURRENT_SCHEMA_VERSION, DOCUMENT_FORMAT, type BudgetDocument } from '../../core/document/envelope'

export function buildData(input: DocumentDataInput): DocumentData {
  return DocumentData.parse(input)
}

export function envelope(data: DocumentData, templateYear = data.department.budgetYear): BudgetDocument {
  return { format: DOCUMENT_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, appVersion: '0.1.0', templateYear, savedAt: '2026-01-01T00:00:00.000Z', data }
}

export const department = (year: number, name = '示例局') => ({
  displayName: name,
  plainName: name,
  code: '001',
  level: 'county' as const,
  regionName: '示例市',
  budgetYear: year,
})

/**
 * The synthetic 示例局 of spec §2.14: 一般公共预算 1,000.00 万元 (基本 600.00 under 2010301, 项目
 * 400.00 under 2010399) and 120.00 万元 carried over in two projects (100.00 + 20.00).
 */
export function syntheticCarryoverDepartment(): DocumentData {
  return buildData({
    department: department(2026),
    units: [{ id: 'u1', name: '示例局', type: 'administrative', isHeadUnit: true }],
    projects: [
      { id: 'p-current', unitId: 'u1', name: '示例业务经费', category: 'targeted' },
      { id: 'p-system', unitId: 'u1', name: '示例信息系统建设项目', category: 'targeted' },
      { id: 'p-ops', unitId: 'u1', name: '示例平台运维项目', category: 'operating' },
    ],
    lines: [
      { id: 'l1', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '30101', source: 'general', period: 'current', amount: '5000000.00' },
      { id: 'l2', unitId: 'u1', functionCode: '2010301', kind: 'basic', economicCode: '30201', source: 'general', period: 'current', amount: '1000000.00' },
      { id: 'l3', unitId: 'u1', functionCode: '2010399', kind: 'project', projectId: 'p-current', economicCode: '30227', source: 'general', period: 'current', amount: '4000000.00' },
      { id: 'l4', unitId: 'u1', functionCode: '2010399', kind: 'project', projectId: 'p-system', economicCode: '30227', source: 'general', period: 'carryover', amount: '1000000.00' },
      { id: 'l5', unitId: 'u1', functionCode: '2010399', kind: 'project', projectId: 'p-ops', economicCode: '30227', source: 'general', period: 'carryover', amount: '200000.00' },
    ],
  })
}
