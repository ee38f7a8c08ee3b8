// The figures of one department, in a process of its own so its peak memory is its own:
//   npx tsx scripts/bench/department.ts 004|large
// load and validate → full derivation and checks → one edited line → narrative → xlsx → pdf →
// LibreOffice's conversion of the same workbook → peak memory.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDocument, type BudgetDocument } from '../../core/document/envelope'
import type { DocumentData } from '../../core/model/document-data'
import { buildNarrative } from '../../core/narrative'
import { analyze } from '../../core/rules/analyze'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { analyzeDraft } from '../../renderer/src/state/analyze-draft'
import { inspectDraft } from '../../renderer/src/state/live-inspection'
import { createParseCaches } from '../../renderer/src/state/parse-cache'
import { largeDepartmentText } from '../large-sample'
import { exportPdf, exportRequest, exportTablesPdf, exportXlsx } from './exports'
import { libreOfficeConvertMs } from './libreoffice'
import { cpuNote, peakRssMb, printFigure, timeMedian, timeOnce, type Figure } from './measure'

export const DEPARTMENTS = {
  '004': { label: '样例004', file: join(import.meta.dirname, '..', '..', 'samples', '004-datong-approval-2026.json') },
  large: { label: '大型部门', file: undefined },
} as const
export type DepartmentId = keyof typeof DEPARTMENTS

/** Goals of the scale issue, per department. */
const GOALS: Record<DepartmentId, Partial<Record<'edit' | 'xlsx' | 'pdf' | 'ratio' | 'memory', Figure['goal']>>> = {
  '004': { edit: { max: 16, text: '≤ 16 ms' }, xlsx: { max: 300, text: '≤ 0.3 s' }, pdf: { max: 1500, text: '≤ 1.5 s' }, ratio: { max: 0.5, text: '≤ 0.5' }, memory: { max: 1024, text: '≤ 1 GB' } },
  large: { edit: { max: 16, text: '≤ 16 ms' }, xlsx: { max: 3000, text: '≤ 3 s' }, pdf: { max: 15_000, text: '≤ 15 s' }, ratio: { max: 0.5, text: '≤ 0.5' }, memory: { max: 1024, text: '≤ 1 GB' } },
}

/** The data with one line's amount changed, as committing one grid cell leaves it (an immutable update). */
function withEditedLine(data: DocumentData, k: number): DocumentData {
  const lines = data.lines
  const index = (k * 97) % lines.length
  const edited = lines.map((l, i) => (i === index ? { ...l, amount: `${(Number(l.amount) + 1 + k).toFixed(2)}` } : l))
  return { ...data, lines: edited }
}

export async function benchDepartment(id: DepartmentId): Promise<void> {
  const dept = DEPARTMENTS[id]
  const out = mkdtempSync(join(tmpdir(), `bench-${id}-`))
  const print = (label: string, value: number | undefined, unit: Figure['unit'], goal?: Figure['goal'], note?: string) =>
    printFigure({ department: dept.label, label, value, unit, ...(goal ? { goal } : {}), ...(note ? { note } : {}) })
  try {
    const file = dept.file ?? join(out, 'large.ysgk.json')
    if (!dept.file) writeFileSync(file, largeDepartmentText())

    let document: BudgetDocument | undefined
    const load = await timeMedian(5, () => {
      const r = loadDocument(readFileSync(file, 'utf8'))
      if (!r.ok) throw new Error(`${id}: ${r.message}`)
      document = r.document
    })
    const doc = document as BudgetDocument
    const catalog = loadCatalog(doc.templateYear)
    const counts = `${doc.data.units.length} 个单位，${doc.data.lines.length} 条预算行，${doc.data.projects.length} 个项目`
    print('载入并校验（读文件、解析、schema）', load.ms, 'ms', undefined, `${counts}；5 次中位数`)

    const full = await timeMedian(5, () => analyze(doc.data, catalog))
    const analysis = analyze(doc.data, catalog)
    print('完整推导13张表并运行全部检查', full.ms, 'ms', undefined, `${analysis.findings.length} 条检查结果；5 次中位数，${cpuNote(full)}`)

    // What typing costs: the renderer's live analysis (draft checked row by row with the schemas,
    // derived, checked) of the edited draft. Incremental as the app runs it, and from scratch (fresh
    // caches and objects) to show what the incremental path saves. Warmed up by a few edits first,
    // as a session is by the time the officer types.
    // The worker also makes the 发布前体检 (narrative and K rules) of each analysis; timed apart.
    const liveTemplate = { year: doc.templateYear, catalog, glossary: loadNarrativeTemplate(doc.templateYear).glossary }
    let draft = doc.data
    let inspectMs = 0
    const edit = await timeMedian(
      25,
      (k) => {
        draft = withEditedLine(draft, k + 10)
        analyzeDraft(draft, doc.templateYear, catalog)
      },
      5,
    )
    const withInspection = await timeMedian(
      25,
      (k) => {
        draft = withEditedLine(draft, k + 60)
        const r = analyzeDraft(draft, doc.templateYear, catalog)
        const started = performance.now()
        inspectDraft(r, draft, liveTemplate, undefined, '2026-01-10')
        inspectMs = performance.now() - started
      },
      2,
    )
    const scratch = await timeMedian(5, (k) => analyzeDraft(structuredClone(withEditedLine(doc.data, k + 40)), doc.templateYear, catalog, createParseCaches(), true), 1)
    print('修改一行后重新推导（schema + 推导 + 检查）', edit.ms, 'ms', GOALS[id].edit, `增量，25 次修改的中位数，${cpuNote(edit)}；从头计算 ${scratch.ms.toFixed(0)} ms，${cpuNote(scratch)}`)
    print('修改一行后分析并体检（后台线程每次所做）', withInspection.ms, 'ms', undefined, `25 次修改的中位数，${cpuNote(withInspection)}；其中最后一次体检（情况说明 + K 规则）${inspectMs.toFixed(1)} ms`)

    const template = loadNarrativeTemplate(doc.templateYear)
    const narrative = await timeMedian(5, () => buildNarrative(analysis.derivation, template))
    print('生成情况说明', narrative.ms, 'ms', undefined, '5 次中位数')

    const req = exportRequest(doc, analysis, out, id)
    // The first export is what the officer waits for (exceljs warms up); the second shows the steady cost.
    const xlsx = await timeOnce(() => exportXlsx(req))
    const again = await timeOnce(() => exportXlsx({ ...req, baseName: `${id}-again` }))
    print('导出 Excel（13张表 + 绩效目标表）', xlsx.ms, 'ms', GOALS[id].xlsx, `首次导出，${cpuNote(xlsx)}；再次导出 ${again.ms.toFixed(0)} ms`)

    const pdf = await timeOnce(() => exportPdf(req))
    print('导出 PDF（含绩效目标表）', pdf.ms, 'ms', GOALS[id].pdf, `${pdf.value.pages} 页，${(pdf.value.bytes / 1024).toFixed(0)} KB，首次导出，含字体加载，${cpuNote(pdf)}`)

    const loMs = await libreOfficeConvertMs(xlsx.value, out)
    print('LibreOffice 将同一工作簿转为 PDF', loMs, 'ms', undefined, loMs === undefined ? '未安装 LibreOffice 或转换失败' : '仅13张表；本程序的 PDF 另含封面、目录、情况说明、图表和绩效目标表')
    print('本程序 PDF 导出用时 ÷ LibreOffice 转换用时', loMs === undefined ? undefined : pdf.ms / loMs, '×', GOALS[id].ratio)
    // The same content as LibreOffice's: cover, 目录 and the 13 tables only (no goal; for comparison).
    const tablesOnly = await timeOnce(() => exportTablesPdf(req))
    print('本程序仅封面、目录和13张表的 PDF', tablesOnly.ms, 'ms', undefined, `${tablesOnly.value} 页，与 LibreOffice 所转内容相同；同一进程中再次导出，${cpuNote(tablesOnly)}`)
    print('同样内容：本程序 ÷ LibreOffice', loMs === undefined ? undefined : tablesOnly.ms / loMs, '×', undefined, '仅供比较，不是目标')

    print('峰值内存（进程 RSS）', peakRssMb(), 'MB', GOALS[id].memory)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

const which = process.argv[2]
if (which === '004' || which === 'large') await benchDepartment(which)
else if (which !== undefined) {
  process.stderr.write('用法：npx tsx scripts/bench/department.ts 004|large\n')
  process.exitCode = 2
}
