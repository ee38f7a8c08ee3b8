// The template's disclosure sheets (政府采购, 国有资产 and its details, 概况, 其他说明, 三公 comparison)
// on plain sheets: example rows are skipped, empty sheets import nothing and say so, every problem
// names its sheet, row and column, and the structured asset details come back unchanged.
import { describe, expect, it } from 'vitest'
import type { BudgetDocument } from '../document/envelope'
import { catalogFor } from '../../tests/builders/catalog'
import { loadSample } from '../../tests/samples/sample-files'
import { Assets, OtherNotes, Overview } from '../model/disclosure-inputs'
import { applyImport, previewImport } from './preview'
import { ImportPreviewSchema } from './schemas'
import { formatProblem, type SheetData } from './sheet'
import { blankTemplateRows, templateRowsOf, templateSheets, type TemplateRows } from './template-rows'
import { ASSET_ITEMS, EXAMPLE_MARK, TEMPLATE_SHEETS } from './template-layout'
import { fenToYuanString } from '../money/money'
import { analyze } from '../rules/analyze'
import { isOfficeOperationLine } from '../tables/three-public-tables'

const doc = loadSample('000')
const catalog = catalogFor(doc.templateYear)

const withAssets: BudgetDocument = {
  ...doc,
  data: {
    ...doc.data,
    assets: {
      ...doc.data.assets,
      details: {
        vehicles: [
          { id: 'v1', kind: 'leadership', count: 1, originalValue: '250000.00', netValue: '120000.00', purchaseYear: 2019 },
          { id: 'v2', kind: 'other', count: 2 },
        ],
        fixedAssets: { originalValue: '18000000.00', netValue: '9000000.00' },
        intangibleAssets: { amortization: '6000.00' },
        buildings: { area: '3200.5', bookValue: '12500000.00' },
        majorEquipment: [{ id: 'e1', name: 'CT扫描仪', count: 1, originalValue: '3200000.00' }],
        note: '无出租出借资产。\n  第二段保留行首空格。',
      },
    },
    comparisons: { ...doc.data.comparisons, officeOperationComparison: 'none' },
  },
}

function sheets(source: BudgetDocument, edit: (rows: TemplateRows) => void = () => undefined): SheetData[] {
  const rows = templateRowsOf(source, catalog)
  edit(rows)
  return templateSheets(rows)
}

const assetRow = (rows: TemplateRows, key: string) => rows.assets[ASSET_ITEMS.findIndex((i) => i.key === key)] as string[]
const errors = (s: SheetData[], base: BudgetDocument) =>
  previewImport(s, 'template', base, catalog)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem)

describe('template disclosure sheets', () => {
  it('brings back the structured asset details, texts and the 机关运行经费 comparison choice', () => {
    const base: BudgetDocument = { ...doc, data: { ...doc.data, procurement: [], assets: Assets.parse({}), overview: Overview.parse({}), otherNotes: OtherNotes.parse({}) } }
    const r = applyImport(sheets(withAssets), 'template', base, catalog)
    if (!r.ok) throw new Error(r.preview.problems.map(formatProblem).join('\n'))
    expect(r.document.data.assets).toEqual(withAssets.data.assets)
    expect(r.document.data.comparisons.officeOperationComparison).toBe('none')
    expect(r.document.data.procurement).toEqual(doc.data.procurement)
    expect(r.document.data.overview).toEqual(doc.data.overview)
    expect(r.document.data.otherNotes).toEqual(doc.data.otherNotes)
    expect(ImportPreviewSchema.safeParse(r.preview).success).toBe(true)
  })

  it('prints the current-year 三公 and 机关运行经费 beside the prior-year figures, and does not read them back', () => {
    const rows = templateRowsOf(doc, catalog)
    const lines = analyze(doc.data, catalog).derivation.lines
    const fen = (keep: (l: (typeof lines)[number]) => boolean) => fenToYuanString(lines.filter(keep).reduce((s, l) => s + l.fen, 0))
    const currentOf = (label: string) => rows.comparisons.find((r) => r[0] === label)?.[1]
    expect(currentOf('机关运行经费')).toBe(fen(isOfficeOperationLine))
    expect(currentOf('公务用车运行维护费')).toBe(fen((l) => l.line.period === 'current' && l.line.economicCode === '30231' && ['general', 'fund', 'state-capital'].includes(l.line.source)))
    const s = sheets(doc, (r) => {
      for (const row of r.comparisons) row[1] = '999.00'
    })
    const result = applyImport(s, 'template', doc, catalog)
    expect(result.ok && result.document.data.comparisons).toEqual(doc.data.comparisons)
  })

  it('skips the 示例 rows and says which sheets are empty; the document keeps those parts', () => {
    const blank = blankTemplateRows(doc.data.department.budgetYear)
    expect(blank.procurement[0]).toContain(EXAMPLE_MARK)
    const s = templateSheets({ ...blank, units: templateRowsOf(doc, catalog).units, basic: templateRowsOf(doc, catalog).basic })
    const preview = previewImport(s, 'template', doc, catalog)
    expect(preview.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([])
    const texts = preview.sheets.map((r) => r.text)
    for (const id of ['procurement', 'assets', 'vehicleDetails', 'equipmentDetails', 'overview', 'otherNotes'] as const) {
      expect(texts).toContain(`《${TEMPLATE_SHEETS[id].name}》表为空，未导入`)
    }
    expect(texts).toContain(`《基本支出》：${doc.data.lines.filter((l) => l.kind === 'basic').length}行预算`)
    const data = preview.resultingDocument?.data
    expect(data?.procurement).toEqual(doc.data.procurement)
    expect(data?.assets).toEqual(doc.data.assets)
    expect(data?.overview).toEqual(doc.data.overview)
    expect(data?.otherNotes).toEqual(doc.data.otherNotes)
  })

  it('a filled sheet replaces its part; an empty detail sheet keeps the document’s list', () => {
    const s = sheets(doc, (rows) => {
      rows.procurement = [rows.procurement[0] as string[], ['', '', '服务', '物业服务', '1200.5']]
      assetRow(rows, 'vehicleQuota')[1] = '5'
    })
    const r = applyImport(s, 'template', withAssets, catalog)
    if (!r.ok) throw new Error(r.preview.problems.map(formatProblem).join('\n'))
    expect(r.document.data.procurement).toEqual([{ id: 'gp-1', category: 'services', name: '物业服务', amount: '1200.50' }])
    expect(r.document.data.assets.vehicleQuota).toBe(5)
    // 000 has no details: the 国有资产 sheet clears the figures it lacks, the empty detail sheets keep the lists.
    expect(r.document.data.assets.details).toEqual({ vehicles: withAssets.data.assets.details?.vehicles, majorEquipment: withAssets.data.assets.details?.majorEquipment })
    expect(r.preview.sheets.find((x) => x.sheet === '政府采购')?.text).toBe('《政府采购》：1项，合计1200.50元')
  })

  it('reports each wrong cell by sheet, row and column, and applies nothing', () => {
    const s = sheets(withAssets, (rows) => {
      rows.procurement.push(['', '不存在的单位', '货物', '打印机', '3000'], ['', '', '家具', '桌椅', '-5'])
      assetRow(rows, 'vehicleQuota')[1] = '两辆'
      assetRow(rows, 'asOf')[1] = '2025-13-01'
      assetRow(rows, 'buildings.area')[1] = '12.345'
      ;(rows.vehicleDetails[1] as string[])[1] = '摩托车'
      ;(rows.vehicleDetails[2] as string[])[5] = '1890'
      ;(rows.equipmentDetails[1] as string[])[3] = 'abc'
      ;(rows.comparisons[8] as string[])[4] = '比较一下'
    })
    expect(errors(s, doc)).toEqual([
      '[错误] “三公及上年数”表 第10行 E列（是否与上年比较）：“是否与上年比较”应为与上年比较或本年不作比较，不是“比较一下”',
      '[错误] “政府采购”表 第5行 B列（单位）：单位“不存在的单位”不在“单位”表中，也不在文档中',
      '[错误] “政府采购”表 第6行 C列（采购类别）：采购类别应为货物、工程或服务，不是“家具”',
      '[错误] “政府采购”表 第6行 E列（金额（元））：金额“-5”不能为负数',
      '[错误] “国有资产”表 第2行 B列（内容）：“截至日期”应为日期，如“2025-12-31”，不是“2025-13-01”',
      '[错误] “国有资产”表 第3行 B列（内容）：“公务用车编制数（辆）”应为不小于0的整数，不是“两辆”',
      '[错误] “国有资产”表 第19行 B列（内容）：“房屋建筑面积（平方米）”应为非负数，最多两位小数，不是“12.345”',
      '[错误] “公务用车明细”表 第3行 B列（车辆类型）：无法识别车辆类型“摩托车”（应为领导用车、机要通信用车、应急保障用车、执法执勤用车、特种专业技术用车、事业单位业务用车、其他公务用车之一）',
      '[错误] “公务用车明细”表 第4行 F列（购置年份）：购置年份应为1950至2100的四位年份，不是“1890”',
      '[错误] “大型设备明细”表 第3行 D列（原值（元））：金额“abc”不是有效的数字',
    ])
    expect(applyImport(s, 'template', doc, catalog).ok).toBe(false)
  })
})
