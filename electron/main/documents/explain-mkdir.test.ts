import { describe, expect, it } from 'vitest'
import { explainMkdirError, type Probe } from './explain-mkdir'
import { fsErrorInfo } from './fs-errors'

const enoent = Object.assign(new Error('ENOENT: mkdir'), { code: 'ENOENT' })

function probeOf(existing: readonly string[], denied: Record<string, string>): Probe {
  return {
    exists: async (p) => existing.includes(p),
    writable: async (p) => (denied[p] ? Object.assign(new Error(denied[p]), { code: denied[p] }) : undefined),
  }
}

describe('explainMkdirError', () => {
  it('words ENOENT from a read-only disk as read-only, not as a missing folder', async () => {
    const explained = await explainMkdirError(enoent, '/media/usb/导出/示例局', probeOf(['/media/usb', '/media', '/'], { '/media/usb': 'EROFS' }))
    expect(fsErrorInfo(explained, '导出').message).toBe('此位置只读，无法导出。请换一个位置')
  })

  it('keeps ENOENT when the ancestor is writable, and other errors as they are', async () => {
    expect(await explainMkdirError(enoent, '/a/b/c', probeOf(['/a', '/'], {}))).toBe(enoent)
    const full = Object.assign(new Error('x'), { code: 'ENOSPC' })
    expect(await explainMkdirError(full, '/a/b', probeOf([], {}))).toBe(full)
  })
})
