import type { ExportWriter } from './writers'

export const writeText: ExportWriter = async () => {
  throw new Error('txt 导出尚未提供')
}
