// The five dimensions inspectors score (official-rules A7: 及时性、完整性、细化程度、公开方式、真实性)
// with the rules that speak to each, and the items only the officer can confirm (the checklist).
import type { ChecklistItem, DimensionId } from './types'

export const DIMENSION_LABELS: Record<DimensionId, string> = {
  timeliness: '及时性',
  completeness: '完整性',
  detail: '细化程度',
  channel: '公开方式',
  truthfulness: '真实性',
}

export const DIMENSION_IDS: readonly DimensionId[] = ['timeliness', 'completeness', 'detail', 'channel', 'truthfulness']

/** What each dimension means for an inspector (重庆 2017 check, official-rules A7). */
export const DIMENSION_NOTES: Record<DimensionId, string> = {
  timeliness: '是否在批复后20日内向社会公开',
  completeness: '报表及相关说明是否全部公开，是否公开“三公”经费总额和分项数额',
  detail: '支出功能分类是否细化到项级科目，经济分类是否细化到款级科目',
  channel: '是否通过门户网站和预决算公开统一平台公开，公开文件能否被正常读取',
  truthfulness: '公开数据是否准确、前后一致，是否存在虚列收支、少公开“三公”经费等问题',
}

/**
 * Rule ids per dimension, in display order. analyze()'s table rules (R*, S*) are 真实性: they check
 * that the published figures agree with each other. A rule not listed here lands in 真实性 too.
 */
export const DIMENSION_RULES: Record<DimensionId, readonly string[]> = {
  timeliness: ['K01', 'K16'],
  completeness: ['K02', 'K03', 'K05', 'K06', 'K09', 'K15', 'D01', 'D02', 'Y01', 'Y02', 'Y03', 'Y04', 'Y05', 'P01', 'P02', 'F00', 'F04', 'F05', 'F06', 'E01', 'U01'],
  detail: ['K04', 'C01', 'C02', 'C03', 'C04', 'C05', 'F01', 'F02', 'F03', 'F08', 'F11'],
  channel: ['K14'],
  truthfulness: ['K07', 'K08', 'K10', 'K11', 'K12', 'K13', 'A01', 'I01', 'I02', 'I03', 'T01', 'P03', 'P04', 'P05', 'F07', 'F10'],
}

/** Items the app cannot know: the officer ticks them; they print on the 自查表. */
export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'timeliness-published', dimension: 'timeliness', text: '已在批复后规定期限内挂网公开，并在“单位与部门”中填写了公开日期' },
  { id: 'units-published', dimension: 'timeliness', text: '各所属单位已在同一期限内公开单位预算（无所属单位的部门可勾选）' },
  { id: 'channel-portal', dimension: 'channel', text: '已在本部门门户网站（或政府门户网站）的预决算公开栏目公开' },
  { id: 'channel-platform', dimension: 'channel', text: '已在本级财政部门设立的预决算公开统一平台（专栏）集中公开' },
  { id: 'channel-files', dimension: 'channel', text: '上传的是本软件导出并复核通过的PDF（及平台要求的Excel表格），未重新扫描或截图' },
  { id: 'channel-permanent', dimension: 'channel', text: '公开内容长期保留、可检索，链接有效' },
  { id: 'truth-books', dimension: 'truthfulness', text: '公开数据与预算管理一体化系统中的批复数一致，无虚列收支、预算空转' },
  { id: 'truth-three-public', dimension: 'truthfulness', text: '“三公”经费已全部按科目列示，未在“其他商品和服务支出”、食堂餐费等科目中列支' },
  { id: 'truth-secrecy', dimension: 'truthfulness', text: '已进行保密审查，涉密内容未公开' },
  { id: 'completeness-read', dimension: 'completeness', text: '已通读全文，文字通俗易懂，无错别字和前后矛盾' },
]
