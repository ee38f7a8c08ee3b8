// npm run catalog-import -- <文档.json> <科目表.xlsx|.csv> [--out <文档.json>]
// 导入科目表 from the command line: the 科目表's code–name pairs extend the document's own catalog
// (codes the year's catalog lacks); names that differ from the year's catalog are listed, not
// applied. Prints what was added and what conflicts. Exit codes: 0 written (or nothing to add),
// 1 the document or the 科目表 cannot be read, 2 bad arguments.
import { readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { catalogMergeLines, mergeCatalogFile } from '../../core/catalogs/catalog-file'
import { serializeDocument } from '../../core/document/envelope'
import { readDocumentFile } from '../../electron/main/documents/read-document'
import { writeExportFile } from '../../electron/main/export/write-export-file'
import { readCatalogFile } from '../../electron/main/import/read-catalog-file'
import { loadCatalog } from '../../electron/main/templates/catalog-loader'

export interface Console {
  log(s: string): void
  error(s: string): void
}

const USAGE = '用法：npm run catalog-import -- <文档.json> <科目表.xlsx 或 .csv> [--out <写入的文档.json>]（不写 --out 时写回原文档）'

export async function runCatalogImport(argv: readonly string[], out: Console, now: () => Date = () => new Date()): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { out: { type: 'string' } } })
  } catch (e) {
    out.error(`参数有误：${e instanceof Error ? e.message : String(e)}\n${USAGE}`)
    return 2
  }
  const [input, file] = parsed.positionals
  if (!input || !file || parsed.positionals.length > 2) {
    out.error(USAGE)
    return 2
  }
  const loaded = await readDocumentFile(input)
  if (!loaded.ok) {
    out.error(`无法打开文档：${loaded.message}`)
    return 1
  }
  const read = await readCatalogFile(file)
  if (!read.ok) {
    out.error(`无法读取科目表：${read.error.message}`)
    return 1
  }
  const document = loaded.document
  for (const p of read.value.problems.slice(0, 50)) out.error(p.message)
  const merge = mergeCatalogFile(loadCatalog(document.templateYear), document.data.ownCatalog, read.value.entries)
  for (const line of catalogMergeLines(merge)) out.log(line)
  if (merge.added.length === 0) {
    out.log('没有需要加入的科目，文档未改动')
    return 0
  }
  const target = parsed.values.out ?? input
  const pkg = JSON.parse(await readFile(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version?: string }
  const next = { ...document, data: { ...document.data, ownCatalog: merge.own } }
  await writeExportFile(target, serializeDocument(next, pkg.version ?? '', now().toISOString()), undefined, '保存')
  out.log(`已写入文档：${target}`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runCatalogImport(process.argv.slice(2), { log: (s) => console.log(s), error: (s) => console.error(s) })
  process.exit(code)
}
