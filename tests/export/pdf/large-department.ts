// A large department for the PDF benchmark: sample 004's budget lines repeated over 150 units with
// 600 projects (4 per unit), and a stand-in 项目支出绩效目标表 per project (one page each) in the
// 'performance-forms' slot until the performance-forms issue builds the real ones.
import type { BudgetDocument } from '../../../core/document/envelope'
import { DocumentData } from '../../../core/model/document-data'
import { UNIT_TYPES } from '../../../core/model/enums'
import type { PdfNode } from '../../../core/report/types'
import { loadSample } from '../../samples/sample-files'

export const LARGE = { units: 150, projectsPerUnit: 4 } as const

export function largeDepartment(): BudgetDocument {
  const base = loadSample('004')
  const src = base.data
  const headId = src.units.find((u) => u.isHeadUnit)?.id as string
  const basicLines = src.lines.filter((l) => l.unitId === headId && l.kind === 'basic' && l.period === 'current')
  const projectLine = src.lines.find((l) => l.kind === 'project') as (typeof src.lines)[number]
  const units = Array.from({ length: LARGE.units }, (_, i) => ({
    id: `u${i}`,
    name: i === 0 ? src.department.plainName : `${src.department.regionName}第${i}服务中心`,
    code: '',
    type: i === 0 ? ('administrative' as const) : (UNIT_TYPES[i % 3] as (typeof UNIT_TYPES)[number]),
    isHeadUnit: i === 0,
  }))
  const projects = units.flatMap((u, i) =>
    Array.from({ length: LARGE.projectsPerUnit }, (_, k) => ({ id: `p${i}-${k}`, unitId: u.id, name: `第${i}单位专项业务经费项目${k + 1}`, category: k % 2 === 0 ? ('operating' as const) : ('targeted' as const) })),
  )
  const lines = units.flatMap((u, i) => [
    ...basicLines.map((l, j) => ({ ...l, id: `b${i}-${j}`, unitId: u.id, amount: `${(Number(l.amount) / 10 + i * 37 + j).toFixed(2)}` })),
    ...projects.filter((p) => p.unitId === u.id).map((p, k) => ({ ...projectLine, id: `q${i}-${k}`, unitId: u.id, projectId: p.id, amount: `${(123456.78 + i * 1000 + k * 17).toFixed(2)}` })),
  ])
  const data = DocumentData.parse({ ...src, units, projects, lines, controlTotals: [], procurement: [], performance: { projectForms: [] } })
  return { ...base, data }
}

/** A one-page stand-in for a project form: title, a two-column grid of ~30 rows. */
export function standInForms(doc: BudgetDocument): PdfNode[] {
  return doc.data.projects.map((p) => ({
    stack: [
      { text: `${doc.data.department.regionName}县(区)级预算部门(单位)项目支出绩效目标表`, style: 'tableTitle' },
      {
        table: {
          headerRows: 0,
          dontBreakRows: true,
          widths: [120, '*'],
          body: [['项目名称', p.name], ['实施单位', p.unitId], ...Array.from({ length: 28 }, (_, i) => [`绩效指标${i + 1}`, `指标值≥${90 + (i % 10)}%`])],
        },
        layout: 'budgetGrid',
        fontSize: 10,
      },
    ],
    pageBreak: 'before',
  }))
}
