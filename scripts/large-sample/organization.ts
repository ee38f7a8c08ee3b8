// The large department's 部门 and its 150 单位 of every type, named like a city's 城市管理局 with
// its 分局, 执法大队 and 服务中心. Types follow a fixed, seeded mix (行政 10%, 参公 20%, 公益一类
// 35%, 公益二类 25%, 其他事业 10%); unit 0 is the 本级 行政单位.
import type { Department, Unit } from '../../core/model/organization'
import type { UnitType } from '../../core/model/enums'
import type { Random } from './random'

export const REGION = '示范市'
export const DEPARTMENT_NAME = `${REGION}城市管理局`

export function department(budgetYear: number): Department {
  return { displayName: `${DEPARTMENT_NAME}[部门]`, plainName: DEPARTMENT_NAME, code: '058', level: 'city', regionName: REGION, budgetYear, approvalDate: `${budgetYear}-01-20`, publicationDate: `${budgetYear}-02-05` }
}

const TYPE_MIX: readonly [UnitType, number][] = [
  ['administrative', 0.1],
  ['civil-servant-managed', 0.3],
  ['public-welfare-1', 0.65],
  ['public-welfare-2', 0.9],
  ['other-institution', 1],
]

const DISTRICTS = ['城东', '城西', '城南', '城北', '新区', '开发区', '高新区', '东山', '西湖', '南河']

function unitName(type: UnitType, i: number): string {
  const district = DISTRICTS[i % DISTRICTS.length] as string
  const n = Math.floor(i / DISTRICTS.length) + 1
  switch (type) {
    case 'administrative':
      return `${REGION}城市管理局${district}第${n}分局`
    case 'civil-servant-managed':
      return `${REGION}城市管理综合行政执法${district}第${n}大队`
    case 'public-welfare-1':
      return `${REGION}${district}第${n}环境卫生服务中心`
    case 'public-welfare-2':
      return `${REGION}${district}第${n}市政设施养护所`
    case 'other-institution':
      return `${REGION}城市管理${district}第${n}培训中心`
  }
}

export function units(count: number, random: Random): Unit[] {
  return Array.from({ length: count }, (_, i): Unit => {
    if (i === 0) return { id: 'u000', name: DEPARTMENT_NAME, code: '058001', type: 'administrative', isHeadUnit: true }
    const r = random.next()
    const type: UnitType = TYPE_MIX.find(([, upTo]) => r < upTo)?.[0] ?? 'other-institution'
    return { id: `u${String(i).padStart(3, '0')}`, name: unitName(type, i), code: `058${String(i + 1).padStart(3, '0')}`, type, isHeadUnit: false }
  })
}
