import { describe, expect, it } from 'vitest'
import { loadDocument } from '../document/envelope'
import { DocumentData } from './document-data'

describe('zod messages', () => {
  it('words zod’s own checks in Chinese with the field path, on file load', () => {
    const r = loadDocument(JSON.stringify({ format: 'budget-disclosure', schemaVersion: 1, appVersion: '0.1.0', templateYear: 2026, savedAt: 'x', data: { department: { displayName: 5 } } }))
    expect(r.ok).toBe(false)
    if (r.ok) return
    const all = r.problems.map((p) => `${p.path}：${p.message}`).join('\n') + r.message
    expect(all).toContain('应为文字，实际为数字')
    expect(all).not.toMatch(/Invalid|expected|received/i)
  })

  it('covers missing fields, enums and sizes', () => {
    const parsed = DocumentData.safeParse({ department: {}, units: 'x' })
    expect(parsed.success).toBe(false)
    for (const issue of parsed.success ? [] : parsed.error.issues) expect(issue.message, issue.path.join('.')).toMatch(/[\u4e00-\u9fff]/)
  })

  it('accepts a UTF-8 byte-order mark before the document', () => {
    const r = loadDocument('\ufeff' + JSON.stringify({ format: 'x' }))
    expect(r).toMatchObject({ ok: false, code: 'NOT_A_DOCUMENT' })
  })

  it('says a torn file is damaged without the engine’s English text', () => {
    const r = loadDocument('{"format": "budget-disclosure", "sch')
    expect(r).toMatchObject({ ok: false, code: 'MALFORMED_JSON' })
    if (!r.ok) expect(r.message).toMatch(/^文件已损坏或不完整，不是有效的 JSON(（第 \d+ 个字符附近）)?$/)
  })
})
