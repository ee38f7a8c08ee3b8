// Probes of an untrusted workbook, kept small: each file is a few KB to 1 MB and is refused (or
// read) without walking the declared range, without spreading arguments and off main's thread.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openWorkbook, readWorkbookBuffer } from '../../electron/main/import/read-workbook'
import { scanWorkbookZip, WORKBOOK_LIMITS } from '../../electron/main/import/workbook-limits'
import { readWorkbookInWorker, runInWorker, type WorkerAnswer } from '../../electron/main/import/workbook-thread'
import { inlineCell, numberCell, rawXlsx } from '../builders/raw-xlsx'

function saved(bytes: Uint8Array, name = 'probe.xlsx'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'workbook-limits-')), name)
  writeFileSync(file, bytes)
  return file
}

function rowsXml(count: number): string {
  const rows: string[] = []
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}">${numberCell(`A${r}`, r)}</row>`)
  return `<sheetData>${rows.join('')}</sheetData>`
}

describe('workbook limits', () => {
  it('refuses a few-KB workbook with a cell at XFD1048576 in Chinese, naming the cell, without walking the range', async () => {
    const bytes = rawXlsx([{ name: '数据', xml: `<dimension ref="A1:XFD1048576"/><sheetData><row r="1">${inlineCell('A1', '科目')}</row><row r="1048576">${numberCell('XFD1048576', 1)}</row></sheetData>` }])
    expect(bytes.length).toBeLessThan(8 * 1024)
    const opened = await openWorkbook(saved(bytes))
    expect(opened).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT' } })
    expect(!opened.ok && opened.error.message).toContain('单元格 XFD1048576 有内容，超出导入范围')
  })

  it('reads a declared range of XFD1048576 with two real cells as two cells', async () => {
    const bytes = rawXlsx([{ name: '数据', xml: `<dimension ref="A1:XFD1048576"/><sheetData><row r="1">${inlineCell('A1', '科目')}</row><row r="3">${numberCell('B3', 12.5)}</row></sheetData>` }])
    expect(await readWorkbookBuffer(bytes)).toEqual([{ name: '数据', rows: [['科目'], [], ['', '12.5']] }])
  })

  it('refuses 150 000 rows (1 MB zipped) from the zip scan with a Chinese message, not a stack overflow', async () => {
    const bytes = rawXlsx([{ name: '数据', xml: rowsXml(150_000) }])
    expect(() => scanWorkbookZip(bytes)).toThrow(`工作簿的行数超过 ${WORKBOOK_LIMITS.maxRows} 行，超出导入上限`)
    const opened = await openWorkbook(saved(bytes))
    expect(opened).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT', message: expect.stringContaining('超出导入上限') } })
  })

  it('stops inflating at the byte budget (a zip bomb never fully inflates)', () => {
    const bytes = rawXlsx([{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', 'x'.repeat(4 * 1024 * 1024))}</row></sheetData>` }])
    expect(bytes.length).toBeLessThan(64 * 1024)
    expect(() => scanWorkbookZip(bytes, { ...WORKBOOK_LIMITS, maxInflatedBytes: 1024 * 1024 })).toThrow('工作簿解压后超过 1 MB')
  })

  it('counts rows and cells split across inflate chunks exactly', () => {
    const scan = scanWorkbookZip(rawXlsx([{ name: '数据', xml: rowsXml(20_000) }]))
    expect(scan.rows).toBe(20_000)
    expect(scan.cells).toBe(20_000)
  })

  it('marks a veryHidden sheet, a hidden row and a hidden column that hold content', async () => {
    const visible = `<cols><col min="3" max="3" width="9" hidden="1" customWidth="1"/></cols><sheetData><row r="1">${inlineCell('A1', '单位')}${numberCell('B1', 1)}${numberCell('C1', 7777777)}</row><row r="2" hidden="1">${numberCell('B2', 8888888)}</row></sheetData>`
    const sheets = await readWorkbookBuffer(rawXlsx([{ name: '数据', xml: visible }, { name: '暗', xml: `<sheetData><row r="1">${numberCell('A1', 9999999)}</row></sheetData>`, state: 'veryHidden' }]))
    expect(sheets[0]).toMatchObject({ name: '数据', hiddenRows: [2], hiddenColumns: [2] })
    expect(sheets[0]?.hidden).toBeUndefined()
    expect(sheets[1]).toMatchObject({ name: '暗', hidden: 'veryHidden', rows: [['9999999']] })
  })

  it('reads a merged amount cell once, from its top-left cell', async () => {
    const xml = `<sheetData><row r="1">${numberCell('A1', 500)}<c r="B1"/></row><row r="2"><c r="A2"/><c r="B2"/></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`
    expect(await readWorkbookBuffer(rawXlsx([{ name: '数据', xml }]))).toEqual([{ name: '数据', rows: [['500']] }])
  })

  it('refuses a FIFO named *.xlsx without hanging', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'workbook-fifo-')), '管道.xlsx')
    execFileSync('mkfifo', [file])
    expect(await openWorkbook(file)).toMatchObject({ ok: false, error: { code: 'INVALID_DOCUMENT', message: '所选的不是普通文件，请选择 .xlsx 工作簿' } })
  })

  it('parses in a worker thread and gives the same sheets as in-thread parsing', async () => {
    const bytes = rawXlsx([{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', '功能科目')}${numberCell('B1', 0.1)}</row></sheetData>` }])
    const opened = await openWorkbook(saved(bytes))
    expect(opened).toEqual({ ok: true, value: await readWorkbookBuffer(bytes) })
  })
  it('stops a parse that outlasts its time limit and says so in Chinese', async () => {
    const bytes = rawXlsx([{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', '功能科目')}</row></sheetData>` }])
    const r = await readWorkbookInWorker(bytes, 1)
    expect(r).toMatchObject({ ok: false, error: { message: '读取工作簿超过1秒仍未完成，已停止：文件可能过大或已损坏；请删除多余的内容或分成几个工作簿导入' } })
    // A fresh worker is started for the next file: the stopped one leaves nothing behind.
    expect((await readWorkbookInWorker(bytes)).ok).toBe(true)
  })
  it('replaces a worker that has not started in time, a limited number of times, and still answers', async () => {
    const bytes = rawXlsx([{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', '功能科目')}</row></sheetData>` }])
    let failures = 0
    // No worker loads its code within 1 ms: the first ones are replaced, the last is waited for.
    const r = await runInWorker<WorkerAnswer, WorkerAnswer | 'timed out' | 'failed'>(
      {
        job: { kind: 'workbook', bytes },
        timeoutMs: 120_000,
        answered: (a) => a,
        failed: () => (failures++, 'failed'),
        timedOut: () => 'timed out',
      },
      1,
    )
    expect(failures).toBe(0)
    expect(r).toMatchObject({ ok: true, sheets: [{ name: '数据' }] })
  }, 150_000)
})
