import type { ExportWriter } from './writers'

export const writePdf: ExportWriter = async () => {
  throw new Error('pdf 导出尚未提供')
}
