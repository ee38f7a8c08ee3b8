// Enumerations of the document with their printed Chinese labels (see glossary.md).
import { z } from 'zod'

export const UNIT_TYPES = ['administrative', 'civil-servant-managed', 'public-welfare-1', 'public-welfare-2', 'other-institution'] as const
export const UnitType = z.enum(UNIT_TYPES, { error: '单位类型应为行政单位、参公单位、公益一类事业单位、公益二类事业单位或其他事业单位' })
export type UnitType = z.infer<typeof UnitType>
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  administrative: '行政单位',
  'civil-servant-managed': '参公单位',
  'public-welfare-1': '公益一类事业单位',
  'public-welfare-2': '公益二类事业单位',
  'other-institution': '其他事业单位',
}
/** Only 行政单位 and 参公单位 have 机关运行经费 (spec §1.3, T11, section 八). */
export function hasOfficeOperationFunds(t: UnitType): boolean {
  return t === 'administrative' || t === 'civil-servant-managed'
}

/** 政府预算支出经济分类口径: 机关 (501–504) or 事业 (505–507). */
export const EconomicScope = z.enum(['organ', 'institution'], { error: '经济分类口径应为机关或事业' })
export type EconomicScope = z.infer<typeof EconomicScope>
export function defaultEconomicScope(t: UnitType): EconomicScope {
  return hasOfficeOperationFunds(t) ? 'organ' : 'institution'
}

export const FUND_SOURCES = ['general', 'fund', 'state-capital', 'special-account', 'unit'] as const
export const FundSource = z.enum(FUND_SOURCES, { error: '资金来源应为一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金或单位资金' })
export type FundSource = z.infer<typeof FundSource>
export const FUND_SOURCE_LABELS: Record<FundSource, string> = {
  general: '一般公共预算',
  fund: '政府性基金预算',
  'state-capital': '国有资本经营预算',
  'special-account': '财政专户管理资金',
  unit: '单位资金',
}
/** 财政拨款 = the three budgets (名词解释 十二). */
export const FISCAL_SOURCES: readonly FundSource[] = ['general', 'fund', 'state-capital']
export function isFiscal(s: FundSource): boolean {
  return s === 'general' || s === 'fund' || s === 'state-capital'
}

export const UnitFundKind = z.enum(['business-income', 'operating-income', 'superior-subsidy', 'subordinate-remittance', 'other-income'], {
  error: '单位资金类别应为事业收入、事业单位经营收入、上级补助收入、附属单位上缴收入或其他收入',
})
export type UnitFundKind = z.infer<typeof UnitFundKind>
export const UNIT_FUND_KIND_LABELS: Record<UnitFundKind, string> = {
  'business-income': '事业收入',
  'operating-income': '事业单位经营收入',
  'superior-subsidy': '上级补助收入',
  'subordinate-remittance': '附属单位上缴收入',
  'other-income': '其他收入',
}

export const Period = z.enum(['current', 'carryover'], { error: '应为当年预算或上年结转' })
export type Period = z.infer<typeof Period>
export const PERIOD_LABELS: Record<Period, string> = { current: '当年预算', carryover: '上年结转' }

export const ExpenditureKind = z.enum(['basic', 'project'], { error: '支出类型应为基本支出或项目支出' })
export type ExpenditureKind = z.infer<typeof ExpenditureKind>

export const GovernmentLevel = z.enum(['county', 'city'], { error: '级次应为县级或市级' })
export type GovernmentLevel = z.infer<typeof GovernmentLevel>
export const GOVERNMENT_LEVEL_LABELS: Record<GovernmentLevel, string> = { county: '县级', city: '市级' }

export const ProjectCategory = z.enum(['operating', 'targeted'], { error: '项目类别应为其他运转类或特定目标类' })
export type ProjectCategory = z.infer<typeof ProjectCategory>
export const PROJECT_CATEGORY_LABELS: Record<ProjectCategory, string> = { operating: '其他运转类', targeted: '特定目标类' }

export const ProjectAttribute = z.enum(['one-off', 'recurring', 'phased'], { error: '项目属性应为一次性、经常性或延续性项目' })
export type ProjectAttribute = z.infer<typeof ProjectAttribute>
export const PROJECT_ATTRIBUTE_LABELS: Record<ProjectAttribute, string> = {
  'one-off': '一次性项目（1年结束）',
  recurring: '经常性项目（长期开展）',
  phased: '延续性项目（阶段开展）',
}

export const ProcurementCategory = z.enum(['goods', 'works', 'services'], { error: '采购类别应为货物、工程或服务' })
export type ProcurementCategory = z.infer<typeof ProcurementCategory>
export const PROCUREMENT_CATEGORY_LABELS: Record<ProcurementCategory, string> = { goods: '货物', works: '工程', services: '服务' }

export const VEHICLE_KINDS = ['leadership', 'confidential', 'emergency', 'enforcement', 'special-technical', 'institution-business', 'other'] as const
export type VehicleKind = (typeof VEHICLE_KINDS)[number]
export const VEHICLE_KIND_LABELS: Record<VehicleKind, string> = {
  leadership: '领导用车',
  confidential: '机要通信用车',
  emergency: '应急保障用车',
  enforcement: '执法执勤用车',
  'special-technical': '特种专业技术用车',
  'institution-business': '事业单位业务用车',
  other: '其他公务用车',
}
