// Test-only parser for 第一部分 概况 of a seed: the paragraphs of 一、本部门职责 and 二、机构设置情况
// (the unit list printed as a table is left out: it is not prose).
import { cleanLines } from './seed-text'

export function parseSeedOverview(text: string): string[] {
  const lines = cleanLines(text).map((l) => l.trim())
  // The 目录 names 第一部分 too, followed by its page number; the body heading stands alone.
  const start = lines.findIndex((l) => /^第一部分\s*概况$/u.test(l))
  if (start < 0) throw new Error('第一部分 heading not found')
  const end = lines.findIndex((l, i) => i > start && /^第二部分/u.test(l))
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '' && !l.includes('\t') && !/^[一二三四五六七八九十]+、\S{0,10}$/u.test(l))
}
