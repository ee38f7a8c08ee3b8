import { describe, expect, it } from 'vitest'
import { loadDocument, serializeDocument } from '../document/envelope'
import { envelope, syntheticCarryoverDepartment } from '../../tests/builders/document-builder'
import { hiddenCharacterMessage } from './primitives'

function withUnitName(name: string): string {
  const data = syntheticCarryoverDepartment()
  ;(data.units[0] as { name: string }).name = name
  return serializeDocument(envelope(data), '0.1.0', '2026-01-01T00:00:00Z')
}

describe('hidden characters in names', () => {
  it('refuses NUL, ESC and a right-to-left override, naming the field', () => {
    for (const [name, code] of [['示例\u0000局', 'U+0000'], ['示例\u001b局', 'U+001B'], ['附件\u202Efdp.exe', 'U+202E']] as const) {
      const r = loadDocument(withUnitName(name))
      expect(r.ok, code).toBe(false)
      if (r.ok) continue
      expect(r.problems).toContainEqual({ path: 'data.units[0].name', message: `含有看不见的控制字符或文字方向控制符（${code}），请删除后重新输入` })
    }
  })

  it('keeps ordinary names, tabs and line breaks', () => {
    expect(loadDocument(withUnitName('示例市（区）数据局·一中心')).ok).toBe(true)
    expect(hiddenCharacterMessage('第一行\n第二行\t列')).toBeUndefined()
  })
})
