// 上年文档结转 keeps last year's lines (summed per key) so M02 can catch a line typed in the wrong unit.
import { describe, expect, it } from 'vitest'
import { derive } from '../calc/derive'
import { parseYuan } from '../money/money'
import type { BudgetLine } from '../model/budget'
import type { DocumentData } from '../model/document-data'
import { runDocumentRules } from '../rules/document-rules'
import { analyze } from '../rules/analyze'
import { catalogFor, namesFor } from '../../tests/builders/catalog'
import { loadSample } from '../../tests/samples/sample-files'
import { priorLineKey, priorYearLinesOf } from './prior-lines'
import { rollOver } from './rollover'

const prior = loadSample('000')
const catalogs = { prior: catalogFor(2025), target: catalogFor(2026) }

function rolledData(): DocumentData {
  const r = rollOver(prior, analyze(prior.data, catalogFor(2025)), 2026, catalogs, { templateYear: 2026 })
  if (!r.ok) throw new Error(r.message)
  return structuredClone(r.document.data)
}

const fen = (yuan: string) => {
  const r = parseYuan(yuan)
  if (!r.ok) throw new Error(yuan)
  return r.fen
}
const m02 = (d: DocumentData) => runDocumentRules({ derivation: derive(d, namesFor(2026)), catalog: catalogFor(2026) }).filter((f) => f.ruleId === 'M02')

describe('last year\'s lines kept by the rollover', () => {
  it('sums every basic line and every line of a continuing project per key, and nothing else', () => {
    const d = rolledData()
    const kept = new Set(d.projects.map((p) => p.id))
    const lines = d.priorYearLines ?? []
    expect(lines.length).toBeGreaterThan(0)
    expect(new Set(lines.map(priorLineKey)).size).toBe(lines.length)
    const expected = prior.data.lines.filter((l) => l.projectId === undefined || kept.has(l.projectId)).reduce((s, l) => s + fen(l.amount), 0)
    expect(lines.reduce((s, l) => s + fen(l.amount), 0)).toBe(expected)
    expect(lines.every((l) => l.projectId === undefined || kept.has(l.projectId))).toBe(true)
    // No table reads them: the draft has no lines of its own.
    expect(d.lines).toEqual([])
  })

  it('carries a code the 科目变动 table maps to its new code', () => {
    const retired = '2019999'
    expect(catalogFor(2026).functional.has(retired)).toBe(false)
    const line: BudgetLine = { ...prior.data.lines.find((l) => l.projectId === undefined)!, functionCode: retired, amount: '100.00' }
    const changes = { changes: [{ kind: 'functional' as const, from: retired, to: '2010301' }] }
    expect(priorYearLinesOf([line], () => true, catalogFor(2026), changes)[0]?.functionCode).toBe('2010301')
    expect(priorYearLinesOf([line], () => true, catalogFor(2026))[0]?.functionCode).toBe(retired)
  })
})

describe('M02: a line 100× off the same line last year', () => {
  function withLine(amount: string): { d: DocumentData; index: number; last: string } {
    const d = rolledData()
    const p = (d.priorYearLines ?? []).find((l) => l.projectId === undefined && fen(l.amount) >= 10_000_00)!
    const line: BudgetLine = { id: 'l-new', unitId: p.unitId, functionCode: p.functionCode, economicCode: p.economicCode, kind: 'basic', source: p.source, period: 'current', amount }
    if (p.source === 'unit') line.unitFundKind = 'business-income'
    d.lines.push(line)
    return { d, index: d.lines.length - 1, last: p.amount }
  }

  it('warns, on the line\'s amount cell, when the amount looks typed in 万元 instead of 元', () => {
    const { d, last } = withLine('0.00')
    const wan = (fen(last) / 1_000_000).toFixed(2)
    d.lines[d.lines.length - 1]!.amount = wan
    const found = m02(d)
    expect(found).toHaveLength(1)
    expect(found[0]?.severity).toBe('warning')
    expect(found[0]?.location).toEqual({ step: 'basic', path: ['lines', d.lines.length - 1, 'amount'] })
    expect(found[0]?.message).toContain('上年同一预算行')
    expect(found[0]?.message).toContain('万元')
  })

  it('is silent when the line is within 100× of last year, and without last year\'s lines', () => {
    const { d, last } = withLine('0.00')
    d.lines[d.lines.length - 1]!.amount = (fen(last) / 100 * 1.1).toFixed(2)
    expect(m02(d)).toEqual([])
    const { d: d2 } = withLine('1.00')
    expect(m02(d2)).toHaveLength(1)
    delete d2.priorYearLines
    expect(m02(d2)).toEqual([])
  })
})
