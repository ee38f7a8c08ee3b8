// 国有资产 plausibility (spec N14) and the unit list.
import { VEHICLE_KINDS } from '../../model/enums'
import { moneyAt } from '../../tables/access'
import { formatWan } from '../finding'
import { finding, type DocumentRule } from './context'

export const A01: DocumentRule = {
  id: 'A01',
  title: '车辆实有数、编制数与大型设备数合理',
  severity: 'error',
  check(ctx) {
    const a = ctx.derivation.data.assets
    const actual = VEHICLE_KINDS.reduce((s, k) => s + a.vehicles[k], 0)
    const out = []
    // A quota never entered is 未填写, not 0 (house rule): ask for it, compare nothing. Not required
    // by official-rules ((c)8 compares vehicles with 三公 only), so a reminder, not a block.
    if (a.vehicleQuota === undefined) {
      if (actual > 0) out.push({ ...finding(this, `公务用车编制数未填写（实有 ${actual} 辆）：填写后情况说明写明编制数，未填写时只写实有数`, 'three-public', ['assets', 'vehicleQuota']), severity: 'warning' as const })
    } else if (actual > a.vehicleQuota) out.push(finding(this, `公务用车实有 ${actual} 辆超过编制 ${a.vehicleQuota} 辆`, 'three-public', ['assets', 'vehicleQuota']))
    if (a.equipmentOver1m !== undefined && a.equipmentOver500k !== undefined && a.equipmentOver1m > a.equipmentOver500k) out.push(finding(this, `100万元以上通用设备 ${a.equipmentOver1m} 台（套）多于50万元以上的 ${a.equipmentOver500k} 台（套）`, 'procurement-assets', ['assets', 'equipmentOver1m']))
    // Documents that print no equipment counts are common: a note, and 十一 leaves the sentence out.
    if (a.equipmentOver500k === undefined && a.equipmentOver1m === undefined) {
      out.push({ ...finding(this, '通用设备台（套）数未填写（单价50万元、100万元以上）：填写后情况说明写明，未填写时不写', 'procurement-assets', ['assets', 'equipmentOver500k']), severity: 'info' as const })
    }
    const operation = moneyAt(ctx.derivation.tables.T10, 'vehicle-operation', 'total')
    if (actual === 0 && operation > 0) out.push({ ...finding(this, `没有公务用车，但公务用车运行维护费为 ${formatWan(operation)} 万元`, 'procurement-assets', ['assets', 'vehicles']), severity: 'warning' as const })
    return out
  },
}

export const U01: DocumentRule = {
  id: 'U01',
  title: '多单位部门指定了本级单位',
  severity: 'warning',
  check(ctx) {
    const units = ctx.derivation.data.units
    if (units.length < 2 || units.some((u) => u.isHeadUnit)) return []
    return [finding(this, '部门有多个单位，请指定哪个是本级（机关）单位', 'organization', ['units'])]
  },
}
