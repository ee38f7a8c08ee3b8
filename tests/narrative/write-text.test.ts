// `npm run export -- --format txt`: the 情况说明 as a UTF-8 (BOM) CRLF text file beside the tables.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runExport } from '../../scripts/cli/run-export'
import { SAMPLE_FILES } from '../samples/sample-files'

describe('txt export', () => {
  it('writes 第三部分 and 第四部分 of sample 004 for Word, WPS and Notepad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'txt-'))
    const lines: string[] = []
    const out = { log: (s: string) => lines.push(s), error: (s: string) => lines.push(s) }
    expect(await runExport([SAMPLE_FILES['004'], '--out', dir, '--format', 'txt'], out)).toBe(0)
    const bytes = readFileSync(join(dir, '004-datong-approval-2026.情况说明.txt'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text).not.toMatch(/[^\r]\n/)
    const rows = text.split('\r\n')
    expect(rows[0]).toBe('第三部分 2026年度部门预算情况说明')
    expect(rows).toContain('八、机关运行经费增减变动原因说明')
    expect(rows).toContain('本部门2026年所属单位大同市营商环境发展促进中心为公益一类事业单位，无机关运行经费。')
    expect(rows).toContain('第四部分 名词解释')
    expect(rows).toContain('十二、财政拨款：包含一般公共预算、政府性基金预算、国有资本经营预算。')
    expect(lines.join('\n')).toContain('已导出 TXT')
  })
})
