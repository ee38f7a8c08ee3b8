import { describe, expect, it } from 'vitest'
import { EXAMPLE_UNITS, exampleTableSet } from './fixtures.test-helpers'
import { runTableRules, TABLE_RULES } from './index'

describe('TABLE_RULES', () => {
  it('has unique ids covering spec §6.1 R01–R36, R17n, R24′, R32a/b, S1–S7, plus E01, R23b and R37', () => {
    const ids = TABLE_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    const spec = ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R17', 'R17n', 'R18', 'R19', 'R20', 'R21', 'R22', 'R23', 'R24', 'R24p', 'R25', 'R26', 'R27', 'R28', 'R29', 'R30', 'R31', 'R32a', 'R32b', 'R33', 'R34', 'R35', 'R36', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']
    expect([...ids].sort()).toEqual([...spec, 'E01', 'R23b', 'R37'].sort())
  })

  it('gives R rules severity error (R32b info) and S rules severity info', () => {
    for (const r of TABLE_RULES) {
      const expected = r.id.startsWith('S') || r.id === 'R32b' ? 'info' : 'error'
      expect(r.severity, r.id).toBe(expected)
      expect(r.title).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('marks the rules that typed income entries or unit facts can break as not by construction', () => {
    const notByConstruction = TABLE_RULES.filter((r) => !r.byConstruction).map((r) => r.id)
    expect(notByConstruction.sort()).toEqual(['R25', 'R32b', 'R37', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'])
  })

  it('gives a scope note to every rule restated from spec §6.1', () => {
    for (const id of ['R17', 'R18', 'R21', 'R30', 'R32a', 'R32b', 'R35', 'R36']) {
      expect(TABLE_RULES.find((r) => r.id === id)?.scopeNote, id).toBeTruthy()
    }
  })
})

describe('runTableRules', () => {
  it('finds nothing on the consistent 示例局 tables (with carry-over and 政府性基金)', () => {
    expect(runTableRules(exampleTableSet(), { units: EXAMPLE_UNITS })).toEqual([])
    expect(runTableRules(exampleTableSet())).toEqual([])
  })

  it('reports the findings of every rule with rule id, Chinese message, location and figures', () => {
    const tables = exampleTableSet()
    tables.T2.rows[0]!.cells[2] = { kind: 'money', value: 120_001 }
    const findings = runTableRules(tables)
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['R06', 'R07', 'R13'])
    for (const f of findings) {
      expect(f.location).toMatchObject({ table: expect.any(String), rowKey: 'total', column: 'total', step: 'review' })
      expect(f.message).toMatch(/^表[23]“合计”合计 .* 不等（差 0\.01）$/)
    }
  })
})
