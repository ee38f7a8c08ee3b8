// 十一 with the details published documents give: each sentence comes only from what is filled, the
// officer's text follows, and nothing unfilled is printed as 0.
import { describe, expect, it } from 'vitest'
import { inspectionOf, readyDocument } from '../../tests/inspection/inspection-fixtures'
import { narrativeFor, textsOf } from '../../tests/builders/narrative-build'
import { narrativeBase } from '../../tests/builders/narrative-documents'
import type { DocumentDataInput } from '../model/document-data'
import { narrativeToPlainText } from './plain-text'

type Assets = NonNullable<DocumentDataInput['assets']>
const BASE: Assets = { asOf: '2025-12-31', vehicleQuota: 2, vehicles: { confidential: 1, leadership: 1 }, officeArea: '1118.46' }
const withAssets = (a: Partial<Assets>) => (d: DocumentDataInput) => void (d.assets = { ...BASE, ...a })
const eleven = (a: Partial<Assets>) => textsOf(narrativeFor(narrativeBase(withAssets(a))), '十一')

describe('十一 国有资产 details', () => {
  it('writes every filled detail: vehicles by kind, 房屋, 期初 fixed assets, 无形资产, equipment over 100万元, and the officer’s text', () => {
    const texts = eleven({
      equipmentOver500k: 3,
      equipmentOver1m: 1,
      details: {
        vehicles: [
          { id: 'v1', kind: 'leadership', count: 1, purchaseYear: 2018, originalValue: '265000.00', netValue: '26500.00' },
          { id: 'v2', kind: 'confidential', count: 1, originalValue: '180000.00' },
        ],
        buildings: { area: '3200.5', bookValue: '12500000.00' },
        fixedAssets: { originalValue: '18000000.00', netValue: '9000000.00', depreciation: '450000.00' },
        intangibleAssets: { originalValue: '600000.00', amortization: '60000.00' },
        majorEquipment: [{ id: 'e1', name: '政务服务自助终端系统', count: 1, originalValue: '1200000.00' }],
        note: '本部门资产均按规定登记入账。\n无出租出借资产。',
      },
    })
    expect(texts).toEqual([
      '1、车辆情况：',
      '截至2025年12月31日，示例局共有公务用车编制2辆，实有2辆，其中：领导用车1辆，机要通信用车1辆，应急保障用车0辆，执法执勤用车0辆，特种专业技术用车0辆，事业单位业务用车0辆，其他公务用车0辆。',
      '公务用车明细：领导用车1辆（2018年购置，原值26.50万元，净值2.65万元）；机要通信用车1辆（原值18.00万元）。',
      '2、房屋情况：',
      '截至2025年12月31日，示例局使用的办公用房建筑总面积1118.46平方米。',
      '示例局占有使用房屋建筑面积3200.5平方米，账面价值1,250.00万元。',
      '3、其他国有资产占有使用情况：',
      '截至2025年12月31日，示例局占有使用价值50万元（原值）以上的通用设备3台（套）；示例局占有使用价值100万元（原值）以上的通用设备1台（套）。',
      '示例局期初固定资产原值1,800.00万元，净值900.00万元，折旧45.00万元。',
      '示例局无形资产原值60.00万元，摊销6.00万元。',
      '单价100万元（原值）以上的设备：政务服务自助终端系统1台（套），原值120.00万元。',
      '本部门资产均按规定登记入账。',
      '无出租出借资产。',
    ])
  })

  it('leaves out what is not filled: no 0 for a missing count, value or year', () => {
    const texts = eleven({ details: { vehicles: [{ id: 'v1', kind: 'leadership', netValue: '1000.00' }], fixedAssets: { netValue: '5000000.00' } } })
    expect(texts).toContain('公务用车明细：领导用车（净值0.10万元）。')
    expect(texts).toContain('示例局期初固定资产净值500.00万元。')
    expect(texts.join('')).not.toMatch(/通用设备|摊销|原值0|0年购置|【/)
  })

  it('without any other asset input, prints no empty 3、 subsection', () => {
    const texts = eleven({})
    expect(texts.some((t) => t.startsWith('3、'))).toBe(false)
  })

  it('is in the exported text and passes the 体检', () => {
    const doc = readyDocument(withAssets({ equipmentOver500k: 0, equipmentOver1m: 0, details: { intangibleAssets: { originalValue: '600000.00' }, note: '无出租出借资产。' } }))
    expect(inspectionOf(doc).blocking).toEqual([])
    expect(narrativeToPlainText(narrativeFor(doc))).toContain('示例局无形资产原值60.00万元。\n无出租出借资产。')
  })
})
