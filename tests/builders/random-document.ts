// fast-check arbitrary of valid documents built from codes in the shipped catalog: several units of
// mixed types, basic and project lines of every fund source, current and carried-over money.
import fc from 'fast-check'
import { fenToYuanString } from '../../core/money/money'
import { DocumentData } from '../../core/model/document-data'
import { FUND_SOURCES, UNIT_TYPES } from '../../core/model/enums'
import { department } from './document-builder'

const FUNCTION_CODES = ['2010301', '2010302', '2010350', '2010399', '2080501', '2080505', '2101101', '2101102', '2120399', '2120803', '2210201']
const ECONOMIC_CODES = ['30101', '30102', '30108', '30113', '30201', '30211', '30217', '30226', '30227', '30231', '30299', '30302', '30309', '31002', '31013', '30212']

const amountFen = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000_000 }),
  fc.integer({ min: 0, max: 200_000 }).map((w) => w * 10_000), // typed in 万元 with two decimals
  fc.integer({ min: 0, max: 99_999 }),
)

const lineArb = (units: number, projects: number) =>
  fc.record({
    unit: fc.nat({ max: units - 1 }),
    functionCode: fc.constantFrom(...FUNCTION_CODES),
    project: fc.option(fc.nat({ max: Math.max(0, projects - 1) }), { nil: undefined }),
    economicCode: fc.constantFrom(...ECONOMIC_CODES),
    source: fc.constantFrom(...FUND_SOURCES),
    carryover: fc.boolean(),
    fen: amountFen,
  })

export const randomDocument = fc
  .record({
    unitTypes: fc.array(fc.constantFrom(...UNIT_TYPES), { minLength: 1, maxLength: 4 }),
    projectUnits: fc.array(fc.nat({ max: 3 }), { maxLength: 8 }),
    classified: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    seed: fc.nat(),
  })
  .chain(({ unitTypes, projectUnits, classified }) =>
    fc.array(lineArb(unitTypes.length, projectUnits.length), { minLength: 1, maxLength: 60 }).map((lines) => {
      const units = unitTypes.map((type, i) => ({ id: `u${i}`, name: `单位${i}`, type, isHeadUnit: i === 0 }))
      const projects = projectUnits.map((u, i) => ({ id: `p${i}`, unitId: `u${u % units.length}`, name: `项目${i}`, category: i % 2 ? ('operating' as const) : ('targeted' as const), classified: classified[i] ?? false }))
      return DocumentData.parse({
        department: department(2026),
        units,
        projects,
        lines: lines.map((l, i) => {
          const project = l.project !== undefined && projects.length > 0 ? projects[l.project % projects.length] : undefined
          return {
            id: `l${i}`,
            unitId: project ? project.unitId : `u${l.unit}`,
            functionCode: l.functionCode,
            kind: project ? 'project' : 'basic',
            ...(project ? { projectId: project.id } : {}),
            economicCode: l.economicCode,
            source: l.source,
            ...(l.source === 'unit' ? { unitFundKind: 'business-income' } : {}),
            period: l.carryover ? 'carryover' : 'current',
            amount: fenToYuanString(l.fen),
          }
        }),
      })
    }),
  )
