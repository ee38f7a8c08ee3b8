// export:* — Excel/PDF (and JSON/TXT) through the same writers as the CLI, into a folder picked in
// a main-side dialog (web mode: `<workspace>/导出/<document name>/`), with progress.
import { basename } from 'node:path'
import type { ExportAudit, ExportProgress } from '../../../../core/api/contract'
import { err, ok, type Result } from '../../../../core/api/result'
import { analyze, type Analysis } from '../../../../core/rules/analyze'
import { explainMkdirError } from '../../documents/explain-mkdir'
import { unnamedCodeFindings } from '../../../../core/rules/document-rules'
import { fsErrorResult } from '../../documents/fs-errors'
import { errnoCode } from '../../documents/fs-layer'
import { suggestedFileName } from '../../documents/places'
import type { ExportFormat, ExportWriter } from '../../export'
import { auditHeadline, type AuditReport } from '../../export/audit/audit-report'
import type { ExportOutcome } from '../../export/export-with-audit'
import type { UnitExport } from '../../export/export-units'
import { listAttachments } from '../../export/pdf/attachments'
import { writeStaged } from '../../export/staging'
import { localDay } from '../../../../core/rules/inspection/deadline'
import { canExport, inspect, type ExportGate } from '../../../../core/rules/inspection'
import { buildNarrative } from '../../../../core/narrative'
import type { DraftStatus } from '../../../../core/report/draft-mark'
import { loadNarrativeTemplate } from '../../templates/narrative-template'
import { MESSAGES } from '../../text/zh-cn'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

/** Formats that are the published document itself (JSON and text are data copies). */
const isPublication = (f: ExportFormat) => f === 'xlsx' || f === 'pdf' || f === 'docx'

/** Why main refuses a final export: the count of 体检 errors and the first of them. */
export function finalExportRefused(gate: ExportGate): string {
  const first = gate.reasons[0]
  return `未导出：发布前体检发现 ${gate.blocking.length} 个错误，改正后才能导出正式文件；需要送审时请使用“导出核对稿”（每页标注“未通过发布前体检 · 仅供核对”）。${first ? `第一个错误：${first}` : ''}`
}

export const FORMAT_LABELS: Record<ExportFormat, string> = { xlsx: 'Excel', pdf: 'PDF', json: 'JSON', txt: '文本', docx: 'Word', 'import-xlsx': '导入模板' }

/** Overall percent over all formats, from one writer's (done, total). */
export function overallPercent(index: number, count: number, done: number, total: number): number {
  const within = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0
  return Math.round(((index + within) / Math.max(1, count)) * 100)
}

export function exportBaseName(currentPath: string | null, displayName: string, budgetYear: number): string {
  const name = currentPath ? basename(currentPath) : suggestedFileName(displayName, budgetYear)
  return name.replace(/\.ysgk\.json$|\.json$/i, '')
}

/** The audit for the renderer: `导出文件已复核：N 个数字一致`, or the differences. */
export function auditResponse(report: AuditReport): ExportAudit {
  return { checked: report.checked, passed: report.mismatches.length === 0, message: auditHeadline(report), mismatches: report.mismatches.map((m) => ({ ...m })) }
}

function unitResponse(u: UnitExport) {
  const out = { unitId: u.unitId, name: u.name, files: u.files.map((f) => basename(f)), allowed: u.gate.allowed, errors: u.gate.blocking.length, warnings: u.gate.warnings.length, reasons: u.gate.reasons }
  return u.audit ? { ...out, audit: auditResponse(u.audit) } : out
}

export function exportHandlers(deps: HandlerDeps): Pick<Handlers, 'export:run' | 'export:units' | 'export:progress' | 'export:openFolder'> {
  const { session, places } = deps
  const report = (progress: ExportProgress) => {
    session.exportProgress = progress
    deps.emit('export:progress', progress)
  }

  return {
    'export:run': async ({ document, formats, draft: draftAsked }) => {
      if (session.exportProgress.running) return err('EXPORT_FAILED', MESSAGES.exportBusy)
      const unique = [...new Set(formats)]
      const { department } = document.data
      const baseName = exportBaseName(session.currentPath, department.displayName, department.budgetYear)
      const picked = await places.pickExportFolder(baseName, session.currentPath)
      if (!picked.ok) return picked
      const folder = picked.value
      report({ running: true, percent: 0, label: '正在检查数据' })
      try {
        await deps.fs.mkdir(folder)
      } catch (e) {
        report({ running: false, percent: 0, label: '' })
        return fsErrorResult(await explainMkdirError(e, folder), '导出', folder)
      }
      let analysis: Analysis
      try {
        analysis = analyze(document.data, deps.loadCatalog(document.templateYear))
      } catch (e) {
        report({ running: false, percent: 0, label: '' })
        return err('EXPORT_FAILED', '导出失败：无法计算公开表，请检查录入的数据', [String(e instanceof Error ? e.message : e)])
      }
      // Main runs the 体检 itself: while it finds errors only the 核对稿 (every page marked) is
      // written; a final Excel/PDF/Word export is refused, whatever the renderer shows.
      let draft: DraftStatus | undefined
      let gate: ExportGate
      try {
        const catalog = deps.loadCatalog(document.templateYear)
        const narrative = buildNarrative(analysis.derivation, loadNarrativeTemplate(document.templateYear))
        gate = canExport(inspect(document.data, catalog, narrative, { today: localDay(deps.now()), analysis }).findings)
        if (!gate.allowed) draft = { errors: gate.blocking.length }
      } catch (e) {
        report({ running: false, percent: 0, label: '' })
        return err('EXPORT_FAILED', '导出失败：无法完成发布前体检，请检查录入的数据', [String(e instanceof Error ? e.message : e)])
      }
      // A published table never prints a code without its name (the renderer's gate says so first).
      const unnamed = unique.some((f) => f === 'xlsx' || f === 'pdf' || f === 'docx') ? unnamedCodeFindings(analysis.findings) : []
      if (unnamed.length > 0) {
        report({ running: false, percent: 0, label: '' })
        return err('EXPORT_FAILED', `未导出：${unnamed.length} 个科目编码没有名称。${unnamed[0]?.message ?? ''}`, unnamed.map((f) => f.message))
      }
      if (draft && !draftAsked && unique.some(isPublication)) {
        report({ running: false, percent: 0, label: '' })
        return err('EXPORT_FAILED', finalExportRefused(gate), gate.reasons)
      }
      let writers: Record<ExportFormat, ExportWriter>
      try {
        writers = await deps.loadWriters()
      } catch (e) {
        report({ running: false, percent: 0, label: '' })
        return err('EXPORT_FAILED', '导出失败：导出组件无法加载', [String(e instanceof Error ? e.message : e)])
      }
      const files: string[] = []
      const written: ExportOutcome['written'] = []
      const generatedAt = deps.now()
      const documentDir = places.attachmentBase(session.currentPath) ?? folder
      // Every attachment is read and checked before the first file is written.
      if (unique.includes('pdf') && document.data.attachments.length > 0) {
        report({ running: true, percent: 0, label: `正在检查附件（${document.data.attachments.length} 个）` })
        try {
          const listed = await listAttachments(document.data.attachments, documentDir)
          report({ running: true, percent: 0, label: `附件：${listed.map((a) => `${a.title}（${a.pages} 页）`).join('、')}` })
        } catch (e) {
          report({ running: false, percent: 0, label: '' })
          return err('EXPORT_FAILED', `PDF 导出失败：${e instanceof Error ? e.message : String(e)}`)
        }
      }
      // Every format into a staging folder, moved into place only when all succeeded (no partial export).
      const result: Result<never> | undefined = await (async () => {
        let failure: Result<never> | undefined
        const ranges: { format: ExportFormat; count: number }[] = []
        let finals: string[]
        try {
          finals = await writeStaged(folder, async (staging) => {
            const all: string[] = []
            for (const [i, format] of unique.entries()) {
              const label = FORMAT_LABELS[format]
              report({ running: true, percent: overallPercent(i, unique.length, 0, 1), label: `正在导出 ${label}` })
              try {
                const paths = await writers[format]({
                  document,
                  analysis,
                  outDir: staging,
                  baseName,
                  generatedAt,
                  documentDir,
                  ...(draft ? { draft } : {}),
                  onProgress: (done, total, step) => report({ running: true, percent: overallPercent(i, unique.length, done, total), label: `正在导出 ${label}：${step}` }),
                })
                all.push(...paths)
                ranges.push({ format, count: paths.length })
              } catch (e) {
                failure = errnoCode(e) ? fsErrorResult(e, '导出', folder) : err('EXPORT_FAILED', `${label} 导出失败：${e instanceof Error ? e.message : String(e)}`)
                throw e
              }
            }
            return all
          })
        } catch (e) {
          return failure ?? fsErrorResult(e, '导出', folder)
        }
        let at = 0
        for (const r of ranges) {
          const paths = finals.slice(at, at + r.count)
          at += r.count
          written.push({ format: r.format, files: paths })
          files.push(...paths.map((f) => basename(f)))
        }
        return undefined
      })()
      if (result) {
        report({ running: false, percent: 0, label: '' })
        return result
      }
      // Self-audit (official-rules (c)14): the PDF and the workbook are read back and compared.
      let audit: AuditReport | undefined
      if (deps.auditExport) {
        report({ running: true, percent: 99, label: '正在复核导出文件' })
        try {
          audit = await deps.auditExport({ document, analysis, outDir: folder, baseName, generatedAt, documentDir, ...(draft ? { draft } : {}) }, written)
        } catch (e) {
          report({ running: false, percent: 0, label: '' })
          return err('EXPORT_FAILED', `导出文件复核失败：${e instanceof Error ? e.message : String(e)}`)
        }
      }
      session.lastExportFolder = folder
      report({ running: false, percent: 100, label: '导出完成' })
      const done = { folder: places.displayFolder(folder), files }
      return ok(audit ? { ...done, audit: auditResponse(audit) } : done)
    },
    'export:units': async ({ document, formats }) => {
      if (session.exportProgress.running) return err('EXPORT_FAILED', MESSAGES.exportBusy)
      if (!deps.exportUnits) return err('EXPORT_FAILED', '单位预算公开导出组件不可用')
      if (document.data.units.length < 2) return err('EXPORT_FAILED', '部门只有一个单位，部门预算公开即该单位的预算公开，无需另行生成')
      const { department } = document.data
      const picked = await places.pickExportFolder(exportBaseName(session.currentPath, department.displayName, department.budgetYear), session.currentPath)
      if (!picked.ok) return picked
      const folder = picked.value
      report({ running: true, percent: 0, label: '正在生成单位预算公开' })
      try {
        const now = deps.now()
        const r = await deps.exportUnits({
          document,
          catalog: deps.loadCatalog(document.templateYear),
          outDir: folder,
          generatedAt: now,
          today: localDay(now),
          documentDir: places.attachmentBase(session.currentPath) ?? folder,
          formats,
          onUnit: (i, n, name) => report({ running: true, percent: overallPercent(i, n, 0, 1), label: `正在导出单位预算公开：${name}` }),
        })
        session.lastExportFolder = r.folder
        report({ running: false, percent: 100, label: '导出完成' })
        return ok({ folder: places.displayFolder(r.folder), units: r.units.map(unitResponse) })
      } catch (e) {
        report({ running: false, percent: 0, label: '' })
        if (errnoCode(e)) return fsErrorResult(e, '导出', folder)
        return err('EXPORT_FAILED', `单位预算公开导出失败：${e instanceof Error ? e.message : String(e)}`)
      }
    },
    'export:progress': async () => ok(session.exportProgress),
    'export:openFolder': async () => {
      if (!session.lastExportFolder) return err('NOT_FOUND', MESSAGES.exportNone)
      return places.openFolder(session.lastExportFolder)
    },
  }
}
