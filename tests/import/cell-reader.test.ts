// The paths a workbook exceljs cannot read takes: retried without its styles, or read by the small
// cell reader (shared strings, dates by cell format, 1904 dates, merges, hidden content, formulas
// without a result, the same limits), each saying what was skipped; parts WPS adds are ignored.
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { readWorkbookBuffer, readWorkbookCells, uncachedFormula } from '../../electron/main/import/read-workbook'
import { compoundFileNames, identifyWorkbookFile } from '../../electron/main/import/workbook-file'
import { scanWorkbookZip, WORKBOOK_LIMITS } from '../../electron/main/import/workbook-limits'
import { compoundFile } from '../builders/encrypted-xlsx'
import { inlineCell, numberCell, rawXlsx, type RawSheet } from '../builders/raw-xlsx'

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** rawXlsx with extra parts; `rels` are added to xl/_rels/workbook.xml.rels. */
function withParts(sheets: readonly RawSheet[], extra: Record<string, string>, rels = '', edit: (name: string, xml: string) => string = (_, x) => x): Uint8Array {
  const files = unzipSync(rawXlsx(sheets))
  const out: Record<string, Uint8Array> = {}
  for (const [name, data] of Object.entries(files)) {
    let xml = new TextDecoder().decode(data)
    if (name === 'xl/_rels/workbook.xml.rels') xml = xml.replace('</Relationships>', `${rels}</Relationships>`)
    out[name] = strToU8(edit(name, xml))
  }
  for (const [name, xml] of Object.entries(extra)) out[name] = strToU8(xml)
  return zipSync(out)
}

/** Every element name of the workbook and its sheets written with an `x:` prefix, as some generators do. */
function prefixed(sheets: readonly RawSheet[], extra: Record<string, string> = {}, rels = ''): Uint8Array {
  return withParts(sheets, extra, rels, (name, xml) => {
    if (name !== 'xl/workbook.xml' && !name.startsWith('xl/worksheets/')) return xml
    return xml.replace(/<(\/?)(?!\?)([A-Za-z]+)(?=[\s>/])/g, '<$1x:$2').replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
  })
}

const FALLBACK = '工作簿无法按常规方式读取，已改用简化方式只读取单元格内容（单元格样式未读取，日期按单元格格式识别）；请核对预览'

const SHARED = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>功能科目</t></si><si><r><t>2010301 </t></r><r><rPr><b/></rPr><t>行政运行</t></r><rPh sb="0" eb="1"><t>ギョウセイ</t></rPh></si><si><t xml:space="preserve"> A&amp;B </t></si></sst>`
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="4" applyNumberFormat="1"/></cellXfs></styleSheet>`
const PARTS = { 'xl/sharedStrings.xml': SHARED, 'xl/styles.xml': STYLES }
const PART_RELS = `<Relationship Id="rId90" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId91" Type="${REL}/styles" Target="styles.xml"/>`

const CELLS = [
  '<cols><col min="4" max="4" width="9" hidden="1" customWidth="1"/></cols><sheetData>',
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>隐藏列</t></is></c></row>',
  '<row r="2"><c r="A2" s="1"><v>46023</v></c><c r="B2" s="2"><v>46022.5</v></c><c r="C2" s="3"><v>1147200.5</v></c><c r="D2" t="b"><v>1</v></c></row>',
  '<row r="3" hidden="1"><c r="A3" t="e"><v>#N/A</v></c><c r="B3" t="str"><f>A1&amp;"x"</f><v>功能科目x</v></c><c r="C3"><f>C2*2</f></c><c r="D3"><f t="shared" ref="D3:D4" si="0">C2</f><v>0.30000000000000004</v></c></row>',
  '<row r="5"><c r="A5"><v>500</v></c><c r="B5"/></row><row r="6"><c r="A6"/><c r="B6"><v>7</v></c></row>',
  '</sheetData><mergeCells count="1"><mergeCell ref="A5:B6"/></mergeCells>',
].join('')

const EXPECTED_ROWS = [
  ['功能科目', '2010301 行政运行', ' A&B ', '隐藏列'],
  ['2026-01-01', '2025-12-31T12:00:00.000Z', '1147200.5', 'TRUE'],
  ['#N/A', '功能科目x', '', '0.3'],
  [],
  ['500'],
]

describe('the cell reader', () => {
  it('reads shared and inline strings (without phonetic runs), dates by cell format, booleans, errors, cached formula results and merges once', () => {
    const bytes = withParts([{ name: '数据', xml: CELLS }, { name: '暗', xml: `<sheetData><row r="1">${numberCell('A1', 1)}</row></sheetData>`, state: 'hidden' }], PARTS, PART_RELS)
    const [sheet, dark] = readWorkbookCells(bytes)
    // C3 is a formula saved without its result: blank, with a note naming the cell.
    expect(sheet?.rows).toEqual(EXPECTED_ROWS)
    expect(sheet).toMatchObject({ name: '数据', hiddenRows: [3], hiddenColumns: [3], readNotes: [{ row: 3, column: 2, message: uncachedFormula('C3') }] })
    expect(dark).toEqual({ name: '暗', rows: [['1']], hidden: 'hidden' })
  })

  it('gives what exceljs gives for the same workbook', async () => {
    const bytes = withParts([{ name: '数据', xml: CELLS }], PARTS, PART_RELS)
    expect(readWorkbookCells(bytes)).toEqual(await readWorkbookBuffer(bytes))
  })

  it('counts days from 1904 when the workbook says so', () => {
    const bytes = withParts([{ name: '数据', xml: `<sheetData><row r="1"><c r="A1" s="1"><v>44561</v></c></row></sheetData>` }], PARTS, PART_RELS, (name, xml) => (name === 'xl/workbook.xml' ? xml.replace('<sheets>', '<workbookPr date1904="1"/><sheets>') : xml))
    expect(readWorkbookCells(bytes)[0]?.rows).toEqual([['2026-01-01']])
  })
})

describe('formulas', () => {
  it('a text formula whose result is empty is not reported; one saved without a result is, by both readers', async () => {
    const xml = `<sheetData><row r="1">${inlineCell('A1', '科目')}<c r="B1" t="str"><f>IF(A1="","",A1)</f><v></v></c><c r="C1"><f>D1*2</f><v></v></c><c r="D1"><f>1+1</f><v>2</v></c></row></sheetData>`
    const expected = [{ name: '数据', rows: [['科目', '', '', '2']], readNotes: [{ row: 1, column: 2, message: uncachedFormula('C1') }] }]
    const bytes = rawXlsx([{ name: '数据', xml }])
    expect(await readWorkbookBuffer(bytes)).toEqual(expected)
    expect(readWorkbookCells(bytes)).toEqual(expected)
  })
})

describe('a workbook exceljs cannot read', () => {
  it('with prefixed element names is read by the cell reader, which says so', async () => {
    const bytes = prefixed([{ name: '数据', xml: CELLS }], PARTS, PART_RELS)
    const sheets = await readWorkbookBuffer(bytes)
    expect(sheets[0]?.rows).toEqual(EXPECTED_ROWS)
    expect(sheets[0]?.readNotes).toEqual([{ row: 0, message: FALLBACK }, { row: 3, column: 2, message: uncachedFormula('C3') }])
    expect(sheets[0]).toMatchObject({ hiddenRows: [3], hiddenColumns: [3] })
  })

  it('keeps the limits in the cell reader: a far cell is refused naming it, prefixed rows are counted by the scan', async () => {
    const far = prefixed([{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', '科目')}</row><row r="1048576">${numberCell('XFD1048576', 1)}</row></sheetData>` }])
    await expect(readWorkbookBuffer(far)).rejects.toThrow('工作表“数据”的单元格 XFD1048576 有内容，超出导入范围')
    const rows: string[] = []
    for (let r = 1; r <= 2_000; r++) rows.push(`<row r="${r}">${numberCell(`A${r}`, r)}</row>`)
    const many = prefixed([{ name: '数据', xml: `<sheetData>${rows.join('')}</sheetData>` }])
    expect(scanWorkbookZip(many)).toMatchObject({ rows: 2_000, cells: 2_000 })
    await expect(readWorkbookBuffer(many, { ...WORKBOOK_LIMITS, maxRows: 1_000 })).rejects.toThrow('工作簿的行数超过 1000 行，超出导入上限')
  })

  it('because of a broken styles part is read again without it, and says the styles were skipped', async () => {
    const bytes = withParts([{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', '科目')}${numberCell('B1', 12.5)}</row></sheetData>` }], { 'xl/styles.xml': `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"></cellXfs></styleSheet>` }, `<Relationship Id="rId91" Type="${REL}/styles" Target="styles.xml"/>`)
    const sheets = await readWorkbookBuffer(bytes)
    expect(sheets).toEqual([{ name: '数据', rows: [['科目', '12.5']], readNotes: [{ row: 0, message: '工作簿中的单元格样式无法读取，已跳过；单元格内容照常读取，请核对预览' }] }])
  })
})

describe('parts WPS and others add', () => {
  it('custom XML, a custom property part and an unknown relationship type leave the cells as they are', async () => {
    const sheets: RawSheet[] = [{ name: '数据', xml: `<sheetData><row r="1">${inlineCell('A1', '功能科目')}${numberCell('B1', 12.5)}</row></sheetData>` }]
    const bytes = withParts(
      sheets,
      {
        'customXml/item1.xml': '<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>',
        'customXml/itemProps1.xml': '<?xml version="1.0"?><ds:datastoreItem ds:itemID="{1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>',
        'customXml/_rels/item1.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
        'docProps/custom.xml': '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">2052-12.1.0</vt:lpwstr></property></Properties>',
        'xl/cellimages.xml': '<?xml version="1.0"?><etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"/>',
      },
      `<Relationship Id="rId80" Type="${REL}/customXml" Target="../customXml/item1.xml"/><Relationship Id="rId81" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/>`,
    )
    const expected = [{ name: '数据', rows: [['功能科目', '12.5']] }]
    expect(await readWorkbookBuffer(bytes)).toEqual(expected)
    expect(readWorkbookCells(bytes)).toEqual(expected)
  })
})

describe('damaged input', () => {
  /** Deterministic: the same mutations on every run. */
  function random(seed: number): () => number {
    let x = seed
    return () => {
      x = (x * 1103515245 + 12345) % 2147483648
      return x / 2147483648
    }
  }

  it('the cell reader returns sheets or throws an Error for sheet XML cut and spliced at random, never hangs or returns junk types', () => {
    const next = random(23)
    for (let i = 0; i < 300; i++) {
      const a = Math.floor(next() * CELLS.length)
      const b = Math.floor(next() * CELLS.length)
      const xml = CELLS.slice(0, Math.min(a, b)) + CELLS.slice(Math.max(a, b), Math.max(a, b) + Math.floor(next() * 40)) + CELLS.slice(Math.max(a, b))
      const bytes = withParts([{ name: '数据', xml }], PARTS, PART_RELS)
      try {
        const sheets = readWorkbookCells(bytes)
        for (const sheet of sheets) for (const row of sheet.rows) for (const cell of row) expect(typeof cell).toBe('string')
      } catch (e) {
        expect(e).toBeInstanceOf(Error)
      }
    }
  })

  it('a compound file with damaged sectors is named damaged or read, never throws', () => {
    const good = compoundFile([{ name: 'Workbook', data: Buffer.alloc(4096, 7) }])
    const next = random(7)
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(good)
      for (let k = 0; k < 4; k++) bytes[Math.floor(next() * 1024)] = Math.floor(next() * 256)
      expect(() => compoundFileNames(bytes)).not.toThrow()
      const kind = identifyWorkbookFile(bytes)
      expect(kind.ok).toBe(false)
      if (!kind.ok) expect(kind.message).toMatch(/^(所选文件不是 \.xlsx 文件|这是旧版 \.xls 文件|文件已加密)/)
    }
  })
})
