// The headless export: load → check (体检) → write each requested format → read the PDF/xlsx back
// (self-audit) → optionally each 所属单位's 单位预算公开. Exit codes: 0 written, 1 the document does
// not load, 2 bad arguments, 3 a writer failed, 4 blocked by the 体检 (`--strict`), 5 the audit
// found differences.
import { mkdir } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { buildNarrative } from '../../core/narrative'
import { analyze } from '../../core/rules/analyze'
import { canExport, inspect, localDay } from '../../core/rules/inspection'
import { readDocumentFile } from '../../electron/main/documents/read-document'
import { WRITERS } from '../../electron/main/export'
import { auditMessage, auditPassed } from '../../electron/main/export/audit'
import { exportUnits, type UnitFormat } from '../../electron/main/export/export-units'
import { exportWithAudit } from '../../electron/main/export/export-with-audit'
import { templateYearNotice } from '../../core/document/template-notice'
import { unnamedCodeFindings } from '../../core/rules/document-rules'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { loadNarrativeTemplate } from '../../electron/main/templates/narrative-template'
import { parseExportArgs } from './args'
import { failureText } from './cli-errors'
import { explainMkdirError } from '../../electron/main/documents/explain-mkdir'

export interface Console {
  log(s: string): void
  error(s: string): void
}

export function outputBaseName(input: string): string {
  return basename(input).replace(/\.ysgk\.json$|\.json$/i, '')
}

const PUBLISHED_FORMATS = ['xlsx', 'pdf', 'docx'] as const

export async function runExport(argv: readonly string[], out: Console, now: () => Date = () => new Date()): Promise<number> {
  const parsed = parseExportArgs(argv)
  if (!parsed.ok) {
    out.error(parsed.message)
    return 2
  }
  const { input, outDir, formats } = parsed.args
  const loaded = await readDocumentFile(input)
  if (!loaded.ok) {
    out.error(`无法打开文档：${loaded.message}`)
    for (const p of loaded.problems.slice(0, 20)) out.error(`  ${p.path}：${p.message}`)
    if (loaded.problems.length > 20) out.error(`  …另有 ${loaded.problems.length - 20} 处问题`)
    return 1
  }
  const document = loaded.document
  const catalog = loadCatalog(document.templateYear)
  const notice = templateYearNotice(document.data.department.budgetYear, document.templateYear)
  if (notice) out.log(`注意：${notice}`)
  const analysis = analyze(document.data, catalog)
  const generatedAt = now()
  const today = localDay(generatedAt)
  const inspection = inspect(document.data, catalog, buildNarrative(analysis.derivation, loadNarrativeTemplate(document.templateYear)), { today, analysis })
  const gate = canExport(inspection.findings)
  const publishing = formats.some((f) => (PUBLISHED_FORMATS as readonly string[]).includes(f)) || parsed.args.units
  const unnamed = publishing ? unnamedCodeFindings(analysis.findings) : []
  if (unnamed.length > 0) {
    out.error(`未导出 Excel/PDF：${unnamed.length} 个科目编码没有名称（公开表不能印出无名称的编码）`)
    for (const f of unnamed.slice(0, 20)) out.error(`  ${f.message}`)
    return 4
  }
  if (parsed.args.strict && publishing && !gate.allowed) {
    out.error(`体检未通过：${gate.blocking.length} 个错误，未导出 Excel/PDF/Word（去掉 --strict 可导出供核对的版本）`)
    for (const r of gate.reasons.slice(0, 20)) out.error(`  ${r}`)
    if (gate.reasons.length > 20) out.error(`  …另有 ${gate.reasons.length - 20} 个错误`)
    return 4
  }
  try {
    await mkdir(outDir, { recursive: true })
  } catch (e) {
    out.error(`无法创建导出文件夹 ${outDir}：${failureText(await explainMkdirError(e, outDir), '导出')}`)
    return 3
  }
  // Exported while the 体检 finds errors: the files carry the 核对稿 mark.
  const draft = gate.allowed ? undefined : { errors: gate.blocking.length }
  const base = { document, analysis, outDir, baseName: outputBaseName(input), generatedAt, documentDir: dirname(resolve(input)), xlsxSplitTables: parsed.args.splitTables, audit: parsed.args.audit, draft }
  let auditOk = true
  try {
    const outcome = await exportWithAudit(base, formats, WRITERS, {
      onAttachments: (list) => {
        for (const a of list) out.log(`附件：${a.title}（${a.path}，${a.pages} 页）`)
      },
    })
    for (const w of outcome.written) for (const file of w.files) out.log(`已导出 ${w.format === 'import-xlsx' ? '导入模板' : w.format.toUpperCase()}：${file}`)
    if (outcome.audit) {
      out.log(auditMessage(outcome.audit))
      auditOk = auditPassed(outcome.audit)
    }
  } catch (e) {
    out.error(`导出失败：${failureText(e, '导出')}`)
    return 3
  }
  if (parsed.args.units) {
    const unitFormats = formats.filter((f): f is UnitFormat => f === 'xlsx' || f === 'pdf')
    try {
      const { units } = await exportUnits({ document, catalog, outDir, generatedAt, today, documentDir: base.documentDir, formats: unitFormats.length > 0 ? unitFormats : ['xlsx', 'pdf'], audit: parsed.args.audit })
      if (units.length === 0) out.log('单位预算公开：部门只有一个单位，无需另行生成')
      for (const u of units) {
        for (const file of u.files) out.log(`已导出单位预算公开：${file}`)
        out.log(`  ${u.name}：体检${u.gate.allowed ? '通过' : `有 ${u.gate.blocking.length} 个错误`}，${u.gate.warnings.length} 个提示`)
        if (u.audit) {
          out.log(`  ${auditMessage(u.audit).replace(/\n/g, '\n  ')}`)
          auditOk &&= auditPassed(u.audit)
        }
      }
    } catch (e) {
      out.error(`单位预算公开导出失败：${failureText(e, '导出')}`)
      return 3
    }
  }
  const errors = analysis.findings.filter((f) => f.severity === 'error').length
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length
  out.log(`检查结果：${errors} 个错误，${warnings} 个警告`)
  out.log(gate.allowed ? `体检通过（${gate.warnings.length} 个提示）` : `体检未通过：${gate.blocking.length} 个错误，导出的文件仅供核对，修正后再公开`)
  return auditOk ? 0 : 5
}
