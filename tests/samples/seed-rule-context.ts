import type { TableRuleContext } from '../../core/rules/finding'
import type { SeedId } from '../seeds/seed-files'

/** Unit facts the seeds print in 概况 (spec §1.3), for rules such as R32b. */
export function seedRuleContext(seed: SeedId): TableRuleContext {
  const units: Record<SeedId, [string, boolean][]> = {
    '000': [['孝义市行政审批服务管理局', true]],
    '001': [['孝义经济开发区管理委员会', false]],
    '004': [
      ['大同市行政审批服务管理局', true],
      ['大同市政务服务中心', true],
      ['大同市公共资源交易中心（大同市政府采购中心）', true],
      ['大同市营商环境发展促进中心', false],
    ],
  }
  return { units: units[seed].map(([name, hasOfficeOperationFunds]) => ({ name, hasOfficeOperationFunds })) }
}
