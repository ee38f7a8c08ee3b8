import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCatalogImport } from '../../scripts/cli/catalog-import'

describe('npm run catalog-import', () => {
  it('adds the codes the catalog lacks to the document and lists conflicts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-import-'))
    const doc = join(dir, '文档.json')
    writeFileSync(doc, readFileSync(new URL('../../samples/004-datong-approval-2026.json', import.meta.url)))
    const csv = join(dir, '科目表.csv')
    writeFileSync(csv, '科目编码,科目名称\n20138,市场监督管理事务\n2013801,行政运行\n2010302,一般行政事务\n2010301,行政运行\n')
    const logs: string[] = []
    const code = await runCatalogImport([doc, csv, '--out', join(dir, '新文档.json')], { log: (s) => logs.push(s), error: (s) => logs.push(s) }, () => new Date('2026-12-07T00:00:00Z'))
    expect(code).toBe(0)
    expect(logs[0]).toBe('新增 2 个科目，1 个已有相同名称，1 个名称不一致（保留原名称）')
    expect(logs).toContain('不一致：支出功能分类科目 2010302 已有名称“一般行政管理事务”，导入文件为“一般行政事务”')
    const written = JSON.parse(readFileSync(join(dir, '新文档.json'), 'utf8'))
    expect(written.data.ownCatalog.functional).toEqual([
      { code: '20138', name: '市场监督管理事务', origin: 'catalog-file' },
      { code: '2013801', name: '行政运行', origin: 'catalog-file' },
    ])
    expect(await runCatalogImport([doc], { log: () => undefined, error: () => undefined })).toBe(2)
  })
})
