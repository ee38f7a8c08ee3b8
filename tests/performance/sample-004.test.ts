// Sample 004 (大同市行政审批服务管理局 2026) against its seed's attached forms (spec §6.3 N12): the 28
// published forms are in the sample, the 5 projects without a form are flagged, every form's
// 年度资金总额 is the seed's, and a form cannot show an amount its project's lines do not have.
import { describe, expect, it } from 'vitest'
import { derive } from '../../core/calc/derive'
import { formatYuanText } from '../../core/money/format'
import { yuanToFen, fenToYuanString } from '../../core/money/money'
import { normalizeName } from '../seeds/seed-text'
import { anchoredCells } from '../../core/performance/form-model'
import { buildAllFormModels } from '../../core/performance/forms'
import { projectFormAmounts } from '../../core/performance/amounts'
import { buildProjectFormModel } from '../../core/performance/project-form'
import { analyze } from '../../core/rules/analyze'
import { moneyAt } from '../../core/tables/access'
import { catalogFor, namesFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'
import { seedProjectForms } from './seed-forms'

const doc = loadSample('004')
const derivation = derive(doc.data, namesFor(2026))
const unitName = (id: string) => normalizeName(doc.data.units.find((u) => u.id === id)?.name ?? '')

describe('sample 004 performance forms', () => {
  it('holds the 28 forms the seed publishes, in 表12 order after the 整体 form', () => {
    const seed = seedProjectForms('004')
    expect(seed).toHaveLength(28)
    const forms = buildAllFormModels(derivation, { templateYear: 2026 })
    expect(forms).toHaveLength(29)
    expect(forms[0]?.title).toBe('市级预算部门（单位）整体支出绩效目标申报表')
    const t12 = derivation.tables.T12.rows.filter((r) => r.key.startsWith('p:')).map((r) => r.key.slice(2))
    const order = forms.slice(1).map((f) => t12.indexOf(f.projectId as string))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('flags exactly the five projects whose form the seed omits (P01)', () => {
    const findings = analyze(doc.data, catalogFor(2026)).findings.filter((f) => f.ruleId === 'P01')
    expect(findings.map((f) => f.message).sort()).toEqual(
      ['Z营商环境业务经费', 'XM大同市营商环境发展促进中心全员供养经费', 'J营商环境经常性项目', 'J残疾人保障金', 'Z帮代办工作经费'].map((n) => `项目“${n}”缺少项目支出绩效目标表`).sort(),
    )
  })

  it('derives each form’s 年度资金总额 as the seed prints it (one deliberate exception)', () => {
    const seed = seedProjectForms('004')
    const derived = doc.data.performance.projectForms.map((f) => {
      const p = doc.data.projects.find((x) => x.id === f.projectId)
      return { id: f.projectId, name: normalizeName(p?.name ?? ''), unitName: unitName(p?.unitId ?? ''), annualFen: projectFormAmounts(derivation, f.projectId).total }
    })
    // samples/notes-004.md: Z政务大厅物业管理服务费's lines are 886,249元 (the form prints 886,262元)
    // so that 表12's unit row keeps its printed 596.84; its form follows the lines.
    const exception = { id: 'p-service-property', printed: 88_626_200, lines: 88_624_900 }
    const key = (f: { unitName: string; annualFen: number }) => `${f.unitName}|${f.annualFen}`
    const printed = seed.map(key).sort()
    const ours = derived.map((f) => (f.id === exception.id ? key({ ...f, annualFen: exception.printed }) : key(f))).sort()
    expect(ours).toEqual(printed)
    expect(derived.find((f) => f.id === exception.id)?.annualFen).toBe(exception.lines)
    // Where the names agree, form by form.
    for (const s of seed) {
      const same = derived.filter((d) => d.name === s.name && d.unitName === s.unitName)
      if (same.length === 1 && same[0]?.id !== exception.id) expect(same[0]?.annualFen).toBe(s.annualFen)
    }
  })

  it('prints in every form the amount of its project’s lines, and 表12 says the same', () => {
    for (const f of doc.data.performance.projectForms) {
      const a = projectFormAmounts(derivation, f.projectId)
      const texts = anchoredCells(buildProjectFormModel(derivation, f.projectId).rows).map((c) => c.cell.text)
      expect(texts).toContain(formatYuanText(a.total))
      expect(moneyAt(derivation.tables.T12, `p:${f.projectId}`, 'total')).toBe(Math.floor((a.total + 5_000) / 10_000))
    }
  })

  it('moves the form amount and the 表12 amount together when a line changes', () => {
    const data = structuredClone(doc.data)
    const i = data.lines.findIndex((l) => l.projectId === 'p-bureau-one-seal')
    const line = data.lines[i] as (typeof data.lines)[number]
    line.amount = fenToYuanString(yuanToFen(line.amount) + 123_456)
    const before = { form: projectFormAmounts(derivation, 'p-bureau-one-seal').total, t12: moneyAt(derivation.tables.T12, 'p:p-bureau-one-seal', 'total') }
    const after = derive(data, namesFor(2026))
    expect(projectFormAmounts(after, 'p-bureau-one-seal').total).toBe(before.form + 123_456)
    expect(moneyAt(after.tables.T12, 'p:p-bureau-one-seal', 'total')).toBe(before.t12 + 12)
    // 年度资金总额 (row 4 of the grid, last column) follows the lines; the typed 实施期 total does not,
    // and P04 says it is now below the 年度 amount.
    const model = buildProjectFormModel(after, 'p-bureau-one-seal')
    expect(model.rows[3]?.cells.map((c) => c?.text)).toEqual(['项目资金（元）', '实施期资金总额：', undefined, undefined, '1,147,200', '年度资金总额：', undefined, '1,148,434.56'])
    expect(analyze(data, catalogFor(2026)).findings.filter((f) => f.ruleId === 'P04').map((f) => f.message)).toEqual([
      '项目“J一枚印章管审批改革工作经费”实施期资金总额 1,147,200 元少于年度资金总额 1,148,434.56 元',
    ])
  })
})
