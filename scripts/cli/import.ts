// npm run import -- <xlsx> --out <document.json> [--year <n>] [--mapping <file.json | JSON | name> [--mapping-store <import-mappings.json>]] [--base <document.json>]
// npm run import -- --template <out.xlsx> --year <n>
// npm run import -- --published <上年公开文件> --year <n> --out <document.json> (scripts/cli/import-published.ts)
// All or nothing: the Chinese problem report is printed and, when anything is wrong, nothing is
// written. Exit codes: 0 written, 1 the workbook, mapping or base document has problems, 2 bad arguments.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { writeExportFile } from '../../electron/main/export/write-export-file'
import { failureText, runCli } from './cli-errors'
import { serializeDocument, type BudgetDocument } from '../../core/document/envelope'
import { applyImport, ColumnMapping, formatProblem, isImportTemplate, suggestMapping, templateBudgetYear, type ColumnMappingInput, type ImportMapping, type SheetData } from '../../core/import'
import { performanceSummaryText } from '../../core/import/performance-sheet-read'
import { fenToYuanString, parseYuan, roundFenToWanCents } from '../../core/money/money'
import { loadCodeChanges } from '../../electron/main/import/code-changes-loader'
import { loadMappingStore } from '../../electron/main/import/mapping-store'
import { matchingMappings } from '../../core/import/saved-mappings'
import { openWorkbook } from '../../electron/main/import/read-workbook'
import { writeImportTemplate } from '../../electron/main/import/write-template'
import { readDocumentFile } from '../../electron/main/documents/read-document'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { supportedYears, templateDirFor } from '../../electron/main/templates/template-files'
import { runPublishedImport } from './import-published'

export interface Console {
  log(s: string): void
  error(s: string): void
}

const USAGE = [
  '用法：npm run import -- <工作簿.xlsx> --out <文档.json> [--year <年度>] [--mapping <列对应.json | JSON文本 | 已保存的名称>] [--mapping-store <import-mappings.json>] [--base <基础文档.json>]',
  '      npm run import -- --template <模板.xlsx> --year <年度>',
  '      npm run import -- --published <上年公开文件.pdf|.docx|.txt> --year <新年度> --out <文档.json>',
].join('\n')

const MAX_PRINTED_PROBLEMS = 200

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version?: string }
  return pkg.version ?? ''
}

function wan(yuan: string): string {
  const r = parseYuan(yuan)
  if (!r.ok) return yuan
  return `${fenToYuanString(roundFenToWanCents(r.fen))}万元`
}

/** --mapping: a file or inline JSON (one mapping, a list of them, or { "mappings": [...] }), or the name of a saved mapping. */
async function readMapping(value: string, storePath: string | undefined, sheets: readonly SheetData[], out: Console): Promise<ColumnMappingInput[] | undefined> {
  const inline = /^\s*[[{]/.test(value)
  if (!inline && !value.toLowerCase().endsWith('.json') && !existsSync(value)) return savedMapping(value, storePath, sheets, out)
  try {
    const raw = JSON.parse(inline ? value : await readFile(value, 'utf8')) as unknown
    const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && 'mappings' in raw ? (raw as { mappings: unknown[] }).mappings : [raw]
    const parsed = list.map((m) => ColumnMapping.safeParse(m))
    const bad = parsed.flatMap((p) => (p.success ? [] : p.error.issues.map((i) => i.message)))
    if (bad.length > 0) {
      out.error(`列对应文件有误：${bad.join('；')}`)
      return undefined
    }
    return list as ColumnMappingInput[]
  } catch (e) {
    out.error(`${inline ? '无法读取 --mapping 的 JSON 文本' : `无法读取列对应文件 ${value}`}：${e instanceof Error ? e.message : String(e)}`)
    return undefined
  }
}

/** The saved mapping of that name, placed on every sheet whose header it was made for. */
async function savedMapping(name: string, storePath: string | undefined, sheets: readonly SheetData[], out: Console): Promise<ColumnMappingInput[] | undefined> {
  if (storePath === undefined) {
    out.error(`“${name}”不是列对应文件；按名称使用已保存的列对应时，请用 --mapping-store 指定保存列对应的文件（程序数据文件夹中的 import-mappings.json）`)
    return undefined
  }
  const loaded = await loadMappingStore(storePath)
  if (!loaded.ok) {
    out.error(loaded.error.message)
    return undefined
  }
  if (!loaded.value.entries.some((e) => e.name === name)) {
    const names = loaded.value.entries.map((e) => `“${e.name}”`).join('、')
    out.error(`没有名为“${name}”的已保存列对应${names ? `（已保存的有：${names}）` : '（尚未保存任何列对应）'}`)
    return undefined
  }
  const found = sheets.flatMap((s) => matchingMappings(loaded.value, s).filter((m) => m.name === name).slice(0, 1).map((m) => m.mapping))
  if (found.length === 0) {
    out.error(`工作簿中没有表头与列对应“${name}”相同的工作表`)
    return undefined
  }
  out.log(`已套用列对应“${name}”：${found.map((m) => `“${m.sheet}”`).join('、')}`)
  return found
}

/** The template, else every sheet whose headers name all required fields. */
function guessMapping(sheets: readonly SheetData[], out: Console): ImportMapping | undefined {
  if (isImportTemplate(sheets)) return 'template'
  const found = sheets.map((s) => suggestMapping(s)).filter((m): m is ColumnMappingInput => m !== undefined && ColumnMapping.safeParse(m).success)
  if (found.length > 0) {
    out.log(`按表头自动识别的列对应（可保存为 JSON 修改后用 --mapping 指定）：\n${JSON.stringify(found, null, 2)}`)
    return found
  }
  out.error('无法从表头识别功能科目、经济科目和金额所在的列，请用 --mapping 指定列对应（JSON）。各表的表头建议：')
  for (const s of sheets) out.error(`  ${s.name}：${JSON.stringify(suggestMapping(s) ?? '未找到表头')}`)
  return undefined
}

export async function runImport(argv: readonly string[], out: Console, now: () => Date = () => new Date()): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { out: { type: 'string' }, year: { type: 'string' }, mapping: { type: 'string' }, 'mapping-store': { type: 'string' }, base: { type: 'string' }, template: { type: 'string' }, published: { type: 'string' } },
    })
  } catch (e) {
    out.error(`参数有误：${e instanceof Error ? e.message : String(e)}\n${USAGE}`)
    return 2
  }
  const v = parsed.values
  const year = v.year === undefined ? undefined : Number(v.year)
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
    out.error(`年度应为四位年份，不是“${v.year}”`)
    return 2
  }
  if (year !== undefined && !supportedYears().includes(templateDirFor(year).year)) {
    out.error(`不支持${year}年`)
    return 2
  }

  if (v.published !== undefined) {
    if (parsed.positionals.length > 0 || v.template !== undefined || v.base !== undefined || v.mapping !== undefined) {
      out.error(USAGE)
      return 2
    }
    return runPublishedImport({ file: v.published, year, out: v.out, appVersion: await appVersion(), savedAt: now().toISOString() }, out)
  }

  if (v.template !== undefined) {
    if (year === undefined || parsed.positionals.length > 0) {
      out.error(USAGE)
      return 2
    }
    try {
      await writeImportTemplate(v.template, year, loadCatalog(year))
    } catch (e) {
      out.error(`无法写入导入模板 ${v.template}：${failureText(e, '保存')}`)
      return 3
    }
    out.log(`已生成${year}年导入模板：${v.template}`)
    return 0
  }

  const input = parsed.positionals[0]
  if (!input || parsed.positionals.length > 1 || v.out === undefined) {
    out.error(USAGE)
    return 2
  }
  let base: BudgetDocument | undefined
  if (v.base !== undefined) {
    const loaded = await readDocumentFile(v.base)
    if (!loaded.ok) {
      out.error(`无法打开基础文档：${loaded.message}`)
      return 1
    }
    base = loaded.document
    if (year !== undefined && year !== base.data.department.budgetYear) {
      out.error(`基础文档是${base.data.department.budgetYear}年的，与 --year ${year} 不一致`)
      return 2
    }
  }
  const opened = await openWorkbook(input)
  if (!opened.ok) {
    out.error(`无法读取工作簿：${opened.error.message}`)
    return 1
  }
  const sheets = opened.value
  const mapping = v.mapping !== undefined ? await readMapping(v.mapping, v['mapping-store'], sheets, out) : guessMapping(sheets, out)
  if (!mapping) return 1
  const budgetYear = base?.data.department.budgetYear ?? year ?? (mapping === 'template' ? templateBudgetYear(sheets) : undefined)
  if (budgetYear === undefined) {
    out.error('请用 --year 指定预算年度，或用 --base 指定基础文档')
    return 2
  }
  const templateYear = base?.templateYear ?? templateDirFor(budgetYear).year
  const version = await appVersion()
  const savedAt = now().toISOString()
  const outcome = applyImport(sheets, mapping, base, loadCatalog(templateYear), { codeChanges: loadCodeChanges(templateYear), budgetYear, templateYear, appVersion: version, savedAt })
  const { preview } = outcome
  const errors = preview.problems.filter((p) => p.severity === 'error').length
  const warnings = preview.problems.length - errors
  for (const p of preview.problems.slice(0, MAX_PRINTED_PROBLEMS)) (p.severity === 'error' ? out.error : out.log)(formatProblem(p))
  if (preview.problems.length > MAX_PRINTED_PROBLEMS) out.error(`…另有 ${preview.problems.length - MAX_PRINTED_PROBLEMS} 条问题未列出`)
  const s = preview.summary
  out.log(`读取预算行 ${s.lines} 条（基本支出 ${s.basicLines} 条，项目支出 ${s.projectLines} 条），合计 ${wan(s.amount)}，其中上年结转 ${wan(s.carryoverAmount)}`)
  for (const r of preview.sheets) out.log(r.text)
  if (preview.newUnits.length > 0) out.log(`新增单位：${preview.newUnits.map((u) => u.name).join('、')}`)
  if (preview.newProjects.length > 0) out.log(`新增项目 ${preview.newProjects.length} 个`)
  if (preview.continuingProjects.length > 0) out.log(`延续项目 ${preview.continuingProjects.length} 个：${preview.continuingProjects.map((p) => p.name).join('、')}`)
  if (mapping !== 'template') {
    for (const sh of preview.sheetSummaries) {
      out.log(`  “${sh.sheet}”：预算行 ${sh.lines} 条（基本支出 ${sh.basicLines} 条，项目支出 ${sh.projectLines} 条），单位 ${sh.units} 个，项目 ${sh.projects} 个，合计 ${wan(sh.amount)}${sh.errors > 0 ? `，错误 ${sh.errors} 个` : ''}`)
    }
  }
  if (preview.skipped.length > 0) out.log(`跳过 ${preview.skipped.length} 处（合计行、金额为0或未填写的金额列）`)
  if (preview.performance) out.log(performanceSummaryText(preview.performance))
  if (!outcome.ok) {
    out.error(`导入未完成：${errors} 个错误，${warnings} 条提示；未写入任何文件。请修改工作簿后重新导入`)
    return 1
  }
  try {
    await writeExportFile(v.out, serializeDocument(outcome.document, version, savedAt), undefined, '保存')
  } catch (e) {
    out.error(`无法写入文档 ${v.out}：${failureText(e, '保存')}`)
    return 3
  }
  out.log(`已写入文档：${v.out}（${warnings} 条提示请核对）`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const io = { log: (s: string) => console.log(s), error: (s: string) => console.error(s) }
  const code = await runCli(() => runImport(process.argv.slice(2), io), '导入', io.error)
  process.exit(code)
}
