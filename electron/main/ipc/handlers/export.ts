// export:* — Excel/PDF (and JSON/TXT) through the same writers as the CLI, into a folder picked in
// a main-side dialog (web mode: `<workspace>/导出/<document name>/`), with progress.
import { basename, dirname } from 'node:path'
import type { ExportProgress } from '../../../../core/api/contract'
import { err, ok, type Result } from '../../../../core/api/result'
import { analyze, type Analysis } from '../../../../core/rules/analyze'
import { fsErrorResult } from '../../documents/fs-errors'
import { errnoCode } from '../../documents/fs-layer'
import { suggestedFileName } from '../../documents/places'
import type { ExportFormat, ExportWriter } from '../../export'
import { MESSAGES } from '../../text/zh-cn'
import type { HandlerDeps } from '../deps'
import type { Handlers } from '../registry'

export const FORMAT_LABELS: Record<ExportFormat, string> = { xlsx: 'Excel', pdf: 'PDF', json: 'JSON', txt: '文本' }

/** Overall percent over all formats, from one writer's (done, total). */
export function overallPercent(index: number, count: number, done: number, total: number): number {
  const within = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0
  return Math.round(((index + within) / Math.max(1, count)) * 100)
}

export function exportBaseName(currentPath: string | null, displayName: string, budgetYear: number): string {
  const name = currentPath ? basename(currentPath) : suggestedFileName(displayName, budgetYear)
  return name.replace(/\.ysgk\.json$|\.json$/i, '')
}

export function exportHandlers(deps: HandlerDeps): Pick<Handlers, 'export:run' | 'export:progress' | 'export:openFolder'> {
  const { session, places } = deps
  const report = (progress: ExportProgress) => {
    session.exportProgress = progress
    deps.emit('export:progress', progress)
  }

  return {
    'export:run': async ({ document, formats }) => {
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
        return fsErrorResult(e, '导出', folder)
      }
      let analysis: Analysis
      try {
        analysis = analyze(document.data, deps.loadCatalog(document.templateYear))
      } catch (e) {
        report({ running: false, percent: 0, label: '' })
        return err('EXPORT_FAILED', '导出失败：无法计算公开表，请检查录入的数据', [String(e instanceof Error ? e.message : e)])
      }
      let writers: Record<ExportFormat, ExportWriter>
      try {
        writers = await deps.loadWriters()
      } catch (e) {
        report({ running: false, percent: 0, label: '' })
        return err('EXPORT_FAILED', '导出失败：导出组件无法加载', [String(e instanceof Error ? e.message : e)])
      }
      const files: string[] = []
      const result: Result<never> | undefined = await (async () => {
        for (const [i, format] of unique.entries()) {
          const label = FORMAT_LABELS[format]
          report({ running: true, percent: overallPercent(i, unique.length, 0, 1), label: `正在导出 ${label}` })
          try {
            const written = await writers[format]({
              document,
              analysis,
              outDir: folder,
              baseName,
              generatedAt: deps.now(),
              documentDir: session.currentPath ? dirname(session.currentPath) : folder,
              onProgress: (done, total, step) => report({ running: true, percent: overallPercent(i, unique.length, done, total), label: `正在导出 ${label}：${step}` }),
            })
            files.push(...written.map((f) => basename(f)))
          } catch (e) {
            if (errnoCode(e)) return fsErrorResult(e, '导出', folder)
            return err('EXPORT_FAILED', `${label} 导出失败：${e instanceof Error ? e.message : String(e)}`)
          }
        }
        return undefined
      })()
      if (result) {
        report({ running: false, percent: 0, label: '' })
        return result
      }
      session.lastExportFolder = folder
      report({ running: false, percent: 100, label: '导出完成' })
      return ok({ folder: places.displayFolder(folder), files })
    },
    'export:progress': async () => ok(session.exportProgress),
    'export:openFolder': async () => {
      if (!session.lastExportFolder) return err('NOT_FOUND', MESSAGES.exportNone)
      return places.openFolder(session.lastExportFolder)
    },
  }
}
