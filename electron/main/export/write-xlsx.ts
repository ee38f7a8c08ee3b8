import type { ExportWriter } from './writers'

export const writeXlsx: ExportWriter = async () => {
  throw new Error('xlsx 导出尚未提供')
}
