// npm run import -- --published <上年公开文件.pdf|.docx|.txt> --year <新年度> --out <文档.json>
// Reads last year's published disclosure and writes the new year's draft. Prints what it found and
// where, every number it took, what it could not read and the document's own contradictions.
// Exit codes: 0 written, 1 the file could not be read or drafted, 2 bad arguments.
import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { serializeDocument } from '../../core/document/envelope'
import { draftFromPublished, type PublishedDraftReport } from '../../core/published'
import { writeExportFile } from '../../electron/main/export/write-export-file'
import { PUBLISHED_FILE_KIND_LABELS, PUBLISHED_FILE_LIMITS, readPublishedFile } from '../../electron/main/import/published/published-file'
import { templateDirFor } from '../../electron/main/templates/template-files'

export interface PublishedConsole {
  log(s: string): void
  error(s: string): void
}

export interface PublishedImportArgs {
  file: string
  year: number | undefined
  out: string | undefined
  appVersion: string
  savedAt: string
}

export function printDraftReport(report: PublishedDraftReport, out: PublishedConsole): void {
  for (const section of report.sections) {
    out.log(`【${section.title}】`)
    if (section.items.length === 0) out.log('  （无）')
    for (const i of section.items) out.log(`  ${i.needsCheck ? '⚠ ' : ''}${i.label}：${i.value}${i.where ? `  ← ${i.where}` : ''}`)
  }
  if (report.droppedProjects.length > 0) out.log(`【已结束的一次性项目，不列入草稿】${report.droppedProjects.join('、')}`)
  if (report.contradictions.length > 0) {
    out.log('【文件自身不一致之处（按印出的数填入，未作更正）】')
    for (const c of report.contradictions) out.log(`  ${c.message}（${c.where.join('；')}）`)
  }
  if (report.missing.length > 0) {
    out.log('【未能读取】')
    for (const m of report.missing) out.log(`  ${m}`)
  }
  out.log('【请注意】')
  for (const n of report.notes) out.log(`  ${n}`)
}

export async function runPublishedImport(args: PublishedImportArgs, out: PublishedConsole): Promise<number> {
  if (args.year === undefined || args.out === undefined) {
    out.error('用法：npm run import -- --published <上年公开文件.pdf|.docx|.txt> --year <新年度> --out <文档.json>')
    return 2
  }
  const name = basename(args.file)
  let size: number
  try {
    size = (await stat(args.file)).size
  } catch {
    out.error(`找不到文件：${args.file}`)
    return 1
  }
  if (size > PUBLISHED_FILE_LIMITS.maxBytes) {
    out.error(`“${name}”超过${Math.round(PUBLISHED_FILE_LIMITS.maxBytes / 1024 / 1024)}MB，不像一份部门预算公开文件`)
    return 1
  }
  const read = await readPublishedFile(new Uint8Array(await readFile(args.file)), name)
  if (!read.ok) {
    out.error(read.message)
    return 1
  }
  const kind = read.kind ? PUBLISHED_FILE_KIND_LABELS[read.kind] : ''
  out.log(`已读取${kind}“${name}”${read.pageCount ? `（${read.pageCount}页）` : ''}：${read.reading.year}年度部门预算公开，找到${read.reading.tablesFound.length}张公开表${read.reading.emptyTables.length > 0 ? `（其中无数据：${read.reading.emptyTables.map((t) => `表${t.slice(1)}`).join('、')}）` : ''}`)
  const draft = draftFromPublished(read.reading, args.year, { templateYear: templateDirFor(args.year).year, appVersion: args.appVersion, savedAt: args.savedAt })
  if (!draft.ok) {
    out.error(draft.message)
    return 1
  }
  printDraftReport(draft.report, out)
  await writeExportFile(args.out, serializeDocument(draft.document, args.appVersion, args.savedAt), undefined, '保存')
  const d = draft.document.data
  out.log(`已写入${args.year}年草稿：${args.out}（${d.units.length}个单位，${d.projects.length}个延续项目；预算行请录入或导入）`)
  return 0
}
