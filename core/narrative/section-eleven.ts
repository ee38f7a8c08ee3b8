// 十一 国有资产占有使用情况 (spec §4.11, N14; official-rules (c)2, (c)8): vehicles, 房屋 and other
// assets, each sentence written only from what the officer filled (asset-details.ts), then the
// officer's own text. A date, quota or count never entered is left out, never printed as 0.
import { roundFenToWanCents, yuanToFen } from '../money/money'
import type { AssetDetails, MajorEquipment, VehicleDetail } from '../model/asset-details'
import { VEHICLE_KIND_LABELS, VEHICLE_KINDS } from '../model/enums'
import type { NarrativeContext } from './context'
import type { NarrativeBlock } from './narrative-model'
import { chineseDate, paragraph, PLACEHOLDERS, subheading, textParagraphs, wan } from './text'

const money = (yuan: string | undefined, label: string) => (yuan === undefined ? [] : [`${label}${wan(roundFenToWanCents(yuanToFen(yuan)))}`])

/** Filled parts joined by `，`, or undefined when nothing is filled. */
function parts(...p: string[][]): string | undefined {
  const all = p.flat()
  return all.length === 0 ? undefined : all.join('，')
}

function vehicleDetail(v: VehicleDetail): string | undefined {
  const head = `${VEHICLE_KIND_LABELS[v.kind]}${v.count === undefined ? '' : `${v.count}辆`}`
  const rest = parts(v.purchaseYear === undefined ? [] : [`${v.purchaseYear}年购置`], money(v.originalValue, '原值'), money(v.netValue, '净值'))
  return rest === undefined && v.count === undefined ? undefined : rest === undefined ? head : `${head}（${rest}）`
}

function equipmentDetail(e: MajorEquipment): string | undefined {
  const name = e.name.trim()
  const rest = parts(e.count === undefined ? [] : [`${e.count}台（套）`], money(e.originalValue, '原值'))
  if (name === '' && rest === undefined) return undefined
  return `${name === '' ? '设备' : name}${rest === undefined ? '' : `${rest.startsWith('原值') ? '，' : ''}${rest}`}`
}

function detailSentences(d: AssetDetails | undefined, subject: string) {
  const vehicles = (d?.vehicles ?? []).map(vehicleDetail).filter((s): s is string => s !== undefined)
  const building = parts(d?.buildings?.area === undefined ? [] : [`房屋建筑面积${d.buildings.area}平方米`], money(d?.buildings?.bookValue, '账面价值'))
  const fixed = parts(money(d?.fixedAssets?.originalValue, '原值'), money(d?.fixedAssets?.netValue, '净值'), money(d?.fixedAssets?.depreciation, '折旧'))
  const intangible = parts(money(d?.intangibleAssets?.originalValue, '原值'), money(d?.intangibleAssets?.amortization, '摊销'))
  const equipment = (d?.majorEquipment ?? []).map(equipmentDetail).filter((s): s is string => s !== undefined)
  return {
    vehicles: vehicles.length === 0 ? [] : [paragraph(`公务用车明细：${vehicles.join('；')}。`)],
    buildings: building === undefined ? [] : [paragraph(`${subject}占有使用${building}。`)],
    other: [
      ...(fixed === undefined ? [] : [paragraph(`${subject}期初固定资产${fixed}。`)]),
      ...(intangible === undefined ? [] : [paragraph(`${subject}无形资产${intangible}。`)]),
      ...(equipment.length === 0 ? [] : [paragraph(`单价100万元（原值）以上的设备：${equipment.join('；')}。`)]),
    ],
  }
}

export function sectionEleven(c: NarrativeContext): NarrativeBlock[] {
  const a = c.derivation.data.assets
  const since = a.asOf === undefined ? c.dept : `截至${chineseDate(a.asOf)}，${c.dept}`
  const actual = VEHICLE_KINDS.reduce((s, k) => s + a.vehicles[k], 0)
  const kinds = VEHICLE_KINDS.map((k) => `${VEHICLE_KIND_LABELS[k]}${a.vehicles[k]}辆`).join('，')
  const fleet = a.vehicleQuota === undefined ? `实有公务用车${actual}辆` : `共有公务用车编制${a.vehicleQuota}辆，实有${actual}辆`
  const details = detailSentences(a.details, c.dept)
  const counts = [
    ...(a.equipmentOver500k === undefined ? [] : [`占有使用价值50万元（原值）以上的通用设备${a.equipmentOver500k}台（套）`]),
    ...(a.equipmentOver1m === undefined ? [] : [`占有使用价值100万元（原值）以上的通用设备${a.equipmentOver1m}台（套）`]),
  ]
  const other = [...(counts.length === 0 ? [] : [paragraph(`${since}${counts.join(`；${c.dept}`)}。`)]), ...details.other, ...textParagraphs(a.details?.note ?? '')]
  return [
    subheading('1、车辆情况：'),
    paragraph(`${since}${fleet}，其中：${kinds}。`),
    ...details.vehicles,
    subheading('2、房屋情况：'),
    paragraph(`${since}使用的办公用房建筑总面积${a.officeArea ?? PLACEHOLDERS.officeArea}平方米。`),
    ...details.buildings,
    ...(other.length === 0 ? [] : [subheading('3、其他国有资产占有使用情况：'), ...other]),
  ]
}
