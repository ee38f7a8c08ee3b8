// The headless export: load → check → write each requested format. Exit codes: 0 written,
// 1 the document does not load, 2 bad arguments, 3 a writer failed.
import { mkdir } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { analyze } from '../../core/rules/analyze'
import { readDocumentFile } from '../../electron/main/documents/read-document'
import { WRITERS } from '../../electron/main/export'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'
import { parseExportArgs } from './args'

export interface Console {
  log(s: string): void
  error(s: string): void
}

export function outputBaseName(input: string): string {
  return basename(input).replace(/\.ysgk\.json$|\.json$/i, '')
}

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
  const analysis = analyze(document.data, loadCatalog(document.templateYear))
  await mkdir(outDir, { recursive: true })
  const base = { document, analysis, outDir, baseName: outputBaseName(input), generatedAt: now(), documentDir: dirname(resolve(input)), xlsxSplitTables: parsed.args.splitTables }
  for (const format of formats) {
    try {
      for (const file of await WRITERS[format](base)) out.log(`已导出 ${format.toUpperCase()}：${file}`)
    } catch (e) {
      out.error(`${format} 导出失败：${e instanceof Error ? e.message : String(e)}`)
      return 3
    }
  }
  const errors = analysis.findings.filter((f) => f.severity === 'error').length
  const warnings = analysis.findings.filter((f) => f.severity === 'warning').length
  out.log(`检查结果：${errors} 个错误，${warnings} 个警告`)
  return 0
}
