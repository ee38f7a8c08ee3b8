// JSON Schemas generated from the zod schemas: the document file and the tables export.
import { z } from 'zod'
import { TablesExportSchema } from '../core/api/export-schema'
import { Envelope } from '../core/document/envelope'

export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) => `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`
  return {
    'document.schema.json': render(Envelope, '预算公开编制助手文档'),
    'tables-export.schema.json': render(TablesExportSchema, '预算公开表格导出（JSON）'),
  }
}
