// Minimal argument parsing for the CLI commands (node:util parseArgs).
import { parseArgs } from 'node:util'
import { EXPORT_FORMATS, type ExportFormat } from '../../electron/main/export'

export interface ExportArgs {
  input: string
  outDir: string
  formats: ExportFormat[]
  splitTables: boolean
  /** Read the written PDF/xlsx back and compare (default; `--no-audit` turns it off). */
  audit: boolean
  /** Also write each 所属单位's 单位预算公开 into `<out>/单位预算公开/`. */
  units: boolean
  /** Refuse to write Excel/PDF while the 体检 finds errors. */
  strict: boolean
}

export function parseExportArgs(argv: readonly string[]): { ok: true; args: ExportArgs } | { ok: false; message: string } {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { out: { type: 'string' }, format: { type: 'string' }, 'split-tables': { type: 'boolean' }, 'no-audit': { type: 'boolean' }, units: { type: 'boolean' }, strict: { type: 'boolean' } } })
  } catch (e) {
    return { ok: false, message: `参数有误：${e instanceof Error ? e.message : String(e)}` }
  }
  const input = parsed.positionals[0]
  if (!input || parsed.positionals.length > 1) return { ok: false, message: '用法：npm run export -- <文档.json> --out <目录> [--format json,xlsx,pdf,txt,docx,import-xlsx] [--split-tables] [--units] [--no-audit] [--strict]' }
  const formats = (parsed.values.format ?? 'json').split(',').map((f) => f.trim()).filter(Boolean)
  const bad = formats.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f))
  if (bad.length > 0) return { ok: false, message: `不支持的导出格式：${bad.join('、')}（可用：${EXPORT_FORMATS.join('、')}）` }
  const v = parsed.values
  return {
    ok: true,
    args: { input, outDir: v.out ?? 'out', formats: formats as ExportFormat[], splitTables: v['split-tables'] ?? false, audit: !(v['no-audit'] ?? false), units: v.units ?? false, strict: v.strict ?? false },
  }
}
