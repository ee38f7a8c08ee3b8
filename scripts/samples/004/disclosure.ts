// 004's inputs outside the tables: 概况, prior-year figures and reasons (一, 五, 七, 八), 政府采购 (九),
// 国有资产 (十一), 其他说明 (十二) and the 整体 filing count (十), as printed in the seed.
import type { DocumentDataInput } from '../../../core/model/document-data'
import { seedLines } from './seed'

/** 一、本部门职责: the twelve numbered paragraphs between the heading and 二、机构设置情况. */
function duties(): string {
  const lines = seedLines()
  const from = lines.findIndex((l, i) => l === '一、本部门职责' && i > 40)
  const to = lines.findIndex((l, i) => i > from && l === '二、机构设置情况')
  return lines.slice(from + 1, to).filter((l) => l !== '').join('\n')
}

const CHANGE_REASON = '优化支出结构，预算编制更加精细化，部分项目预算金额有所调整'

export function disclosureInputs(): Pick<DocumentDataInput, 'comparisons' | 'procurement' | 'assets' | 'overview' | 'otherNotes' | 'overallFiling'> {
  return {
    comparisons: {
      // 一: 3,229.82 万元, 比上年减少91.88万元 → 上年 3,321.70 万元 (income and expenditure alike).
      incomeTotal: { prior: '33217000.00', reason: CHANGE_REASON },
      expenditureTotal: { prior: '33217000.00', reason: CHANGE_REASON },
      // 五（一）: 3,229.82, 比上年减少91.88万元; no reason printed.
      generalBudgetCurrent: { prior: '33217000.00' },
      // 七: every item 与上年预算数相同.
      threePublic: {
        abroad: { prior: '0.00' },
        reception: { prior: '0.00' },
        vehiclePurchase: { prior: '0.00' },
        vehicleOperation: { prior: '35000.00' },
      },
      // 八: 144.81, 比2025年预算增加3.49万元 → 上年 141.32 万元.
      officeOperation: { prior: '1413200.00', reason: '新招录公务员，日常公用经费增加' },
    },
    // 九: 货物 11.66, 工程 0, 服务 796.63 (总额 808.29); the seed names no items.
    procurement: [
      { id: 'pr-goods', category: 'goods', name: '', amount: '116600.00' },
      { id: 'pr-services', category: 'services', name: '', amount: '7966300.00' },
    ],
    assets: {
      asOf: '2025-12-31',
      vehicleQuota: 2,
      vehicles: { leadership: 0, confidential: 1, emergency: 0, enforcement: 0, 'special-technical': 0, 'institution-business': 0, other: 0 },
      officeArea: '1118.46',
      equipmentOver500k: 0,
      equipmentOver1m: 0,
    },
    // 二、机构设置情况 is the generated unit list only; no free text precedes it in 004.
    overview: { duties: duties(), organization: '' },
    otherNotes: {
      purchaseServiceCatalog: '本部门完全按照《山西省财政厅关于印发山西省部门政府购买读物指导性目录的通知》晋财综【2025】28号文件要求执行。',
      other: '本部门无其他情况说明。',
    },
    // 十: 其中0个单位（包括机关）编报了单位整体绩效目标，涉及资金0万元; no `（部门整体目标表公开情况见附件）` line.
    overallFiling: { unitCount: 0, amount: '0.00', printAttachmentLine: false },
  }
}
