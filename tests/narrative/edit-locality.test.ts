// Editing one budget line of sample 004 changes only the sentences whose figures involve that line
// or the lines of its rounding group (issue: done-when). The expected parts come from an oracle
// written here from the spec's sources of each sentence (§4), independent of the generator.
import { describe, expect, it } from 'vitest'
import { derive } from '../../core/calc/derive'
import { economicClassOf, isPersonnelClass, threePublicItemOf } from '../../core/calc/names'
import type { RoundedLine } from '../../core/calc/rounded-lines'
import { fenToYuanString, yuanToFen } from '../../core/money/money'
import type { DocumentData } from '../../core/model/document-data'
import { isFiscal } from '../../core/model/enums'
import { buildNarrative, type Narrative } from '../../core/narrative'
import { isOfficeOperationLine } from '../../core/tables/three-public-tables'
import { namesFor } from '../builders/catalog'
import { loadSample } from '../samples/sample-files'

const names = namesFor(2026)

/** Each block of the narrative under the name of the figure group it prints. */
function parts(n: Narrative): Map<string, string> {
  const out = new Map<string, string[]>()
  for (const s of n.sections) {
    let sub = ''
    s.blocks.forEach((b, i) => {
      const text = b.kind === 'paragraph' || b.kind === 'subheading' ? b.text : ''
      let key = `${s.id}.${i}`
      if (b.kind === 'subheading') sub = text
      else if (s.id === '五') key = sub.startsWith('（一）') ? '五.规模' : '五.结构'
      else if (s.id === '六') key = i === 0 ? '六.总' : text.startsWith('人员经费') ? '六.人员' : '六.公用'
      else if (s.id === '七') key = '七'
      else if (s.id === '八') key = text.includes('机关运行经费财政拨款预算') ? '八' : '八.其他'
      else if (s.id === '十' && text.includes('编报部门整体支出绩效目标')) key = '十.整体'
      else if (s.id === '十' && text.includes('纳入绩效目标管理')) key = '十.项目'
      else if (['一', '二', '三', '四'].includes(s.id)) key = s.id
      out.set(key, [...(out.get(key) ?? []), JSON.stringify(b)])
    })
  }
  return new Map([...out].map(([k, v]) => [k, v.join('\n')]))
}

/** The parts whose figures a line enters (spec §4.1–§4.10 sources). */
function oracle(l: RoundedLine): Set<string> {
  const out = new Set(['一', '二', '三', '十.整体'])
  const general = l.line.source === 'general' && l.line.period === 'current'
  if (isFiscal(l.line.source)) out.add('四')
  if (general) out.add('五.规模').add('五.结构')
  if (general && l.line.kind === 'basic') out.add('六.总').add(isPersonnelClass(economicClassOf(l.line.economicCode)) ? '六.人员' : '六.公用')
  if (isFiscal(l.line.source) && l.line.period === 'current' && threePublicItemOf(l.line.economicCode)) out.add('七')
  if (isOfficeOperationLine(l)) out.add('八')
  if (l.line.kind === 'project') out.add('十.项目')
  return out
}

function withAmount(data: DocumentData, lineId: string, deltaYuan: number): DocumentData {
  return { ...data, lines: data.lines.map((l) => (l.id === lineId ? { ...l, amount: fenToYuanString(yuanToFen(l.amount) + deltaYuan * 100) } : l)) }
}

function edit(before: DocumentData, lineId: string, deltaYuan: number) {
  const after = withAmount(before, lineId, deltaYuan)
  const d0 = derive(before, names)
  const d1 = derive(after, names)
  const p0 = parts(buildNarrative(d0, { glossary: [] }))
  const p1 = parts(buildNarrative(d1, { glossary: [] }))
  const changedParts = [...new Set([...p0.keys(), ...p1.keys()])].filter((k) => p0.get(k) !== p1.get(k)).sort()
  const movedLines = d1.lines.filter((l, i) => l.wan !== d0.lines[i]?.wan)
  const allowed = new Set(movedLines.flatMap((l) => [...oracle(l)]))
  return { changedParts, allowed: [...allowed].sort(), movedLines: movedLines.map((l) => l.line.id) }
}

const sample = loadSample('004').data
const lineOf = (unitId: string, economicCode: string, kind: 'basic' | 'project' = 'basic') => {
  const l = sample.lines.find((x) => x.unitId === unitId && x.economicCode === economicCode && x.kind === kind)
  if (!l) throw new Error(`no ${kind} line ${economicCode} in ${unitId}`)
  return l.id
}

describe('editing one line of sample 004 changes exactly the sentences of its figures', () => {
  it.each([
    ['本级 办公费 (公用经费, 机关运行经费)', lineOf('u-bureau', '30201')],
    ['本级 基本工资 (人员经费)', lineOf('u-bureau', '30101')],
    ['本级 公务用车运行维护费 (三公, 机关运行经费)', lineOf('u-bureau', '30231')],
    ['公益一类 unit 公用经费 (not 机关运行经费)', sample.lines.find((l) => l.unitId === 'u-business' && l.kind === 'basic' && !isPersonnelClass(economicClassOf(l.economicCode)))?.id as string],
    ['a project line (十 项目)', sample.lines.find((l) => l.unitId === 'u-service' && l.kind === 'project')?.id as string],
  ])('%s', (_label, lineId) => {
    const r = edit(sample, lineId, 10_000)
    expect(r.movedLines).toEqual([lineId])
    expect(r.changedParts).toEqual(r.allowed)
  })

  it('a change that moves a cent inside the rounding group changes the sentences of the line that moved', () => {
    // 本级's 基本支出 lines form one rounding group. With 公务用车运行维护费 at 35,040元 (0.4 of a
    // cent left over), adding 10元 to 基本工资 brings the group's exact total over the next cent,
    // and largest remainder gives that cent to 公务用车运行维护费, not to 基本工资.
    const vehicle = lineOf('u-bureau', '30231')
    const wages = lineOf('u-bureau', '30101')
    const before = { ...sample, lines: sample.lines.map((l) => (l.id === vehicle ? { ...l, amount: '35040.00' } : l)) }
    const r = edit(before, wages, 10)
    expect(r.movedLines).toEqual([vehicle])
    expect(r.changedParts).toContain('七')
    expect(r.changedParts).not.toContain('六.人员')
    expect(r.changedParts).toEqual(r.allowed)
  })
})
