// Dev-only: builds templates/<year>/catalogs/*.csv from the reference catalogs in shared/catalogs
// plus the codes the domain spec states (§2.1, §7.1, §7.2), marked `unverified`.
// Usage: npx tsx scripts/catalogs/generate-catalog-templates.ts [path/to/shared/catalogs]
// No code is made up here: every added code is quoted from the spec, section by section.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { formatCsv, parseCsv } from '../../core/catalogs/csv'

const YEARS = [2024, 2025, 2026, 2027]
const sharedDir = resolve(process.argv[2] ?? join(process.cwd(), '..', 'shared', 'catalogs'))
const outRoot = resolve(process.cwd(), 'templates')
const seedsDir = resolve(sharedDir, '..', 'seeds')

type Row = Record<string, string>

function readShared(file: string): Row[] {
  const [header, ...body] = parseCsv(readFileSync(join(sharedDir, file), 'utf8'))
  if (!header) throw new Error(`${file} is empty`)
  return body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])))
}

const SPEC_CLASSES =
  'domain-spec §2.1：预算公开表1固定列出的30个功能分类类（名称见2024、2025、2026年样本表1）；' +
  '编码为spec所列全国类级编码，尚未与现行《政府收支分类科目》原文核对'
const SPEC_ECONOMIC = 'domain-spec §7.1 参考编码（全国分类；样本表六只印名称，编码未与原文核对）'
const SPEC_MAPPING = 'domain-spec §2.6/§7.1/§9.2'
const SPEC_INCOME =
  'domain-spec §2.7/§7.2：孝义经济开发区管理委员会2024年度部门预算公开 表7（政府性基金预算收入表）所印编码与名称；未与《政府收支分类科目》原文核对'

// spec §2.1 (the 5 classes the seeds confirm are already in shared/catalogs).
const FUNCTIONAL_CLASSES: [string, string][] = [
  ['202', '外交支出'], ['203', '国防支出'], ['204', '公共安全支出'], ['205', '教育支出'],
  ['206', '科学技术支出'], ['207', '文化旅游体育与传媒支出'], ['209', '社会保险基金支出'],
  ['211', '节能环保支出'], ['213', '农林水支出'], ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'], ['216', '商业服务业等支出'], ['217', '金融支出'],
  ['219', '援助其他地区支出'], ['220', '自然资源海洋气象等支出'], ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'], ['224', '灾害防治及应急管理支出'], ['227', '预备费'],
  ['229', '其他支出'], ['230', '转移性支出'], ['231', '债务还本支出'], ['232', '债务付息支出'],
  ['233', '债务发行费用支出'], ['234', '抗疫特别国债安排的支出'],
]

// spec §7.1 reference codes missing from shared/catalogs.
const DEPARTMENT_ADDITIONS: [string, string, string][] = [
  ['303', '对个人和家庭的补助', '类'], ['30302', '退休费', '款'], ['30309', '奖励金', '款'],
  ['310', '资本性支出', '类'],
]
const GOVERNMENT_ADDITIONS: [string, string, string][] = [
  ['50205', '委托业务费', '款'], ['50206', '公务接待费', '款'], ['50208', '公务用车运行维护费', '款'],
  ['50209', '维修（护）费', '款'], ['50299', '其他商品和服务支出', '款'], ['503', '机关资本性支出（一）', '类'],
  ['50306', '设备购置', '款'], ['505', '对事业单位经常性补助', '类'], ['50501', '工资福利支出', '款'],
  ['50502', '商品和服务支出', '款'], ['509', '对个人和家庭的补助', '类'], ['50901', '社会福利和救助', '款'],
  ['50905', '离退休费', '款'],
]
// spec §7.1/§9.2 and the pair table of shared/catalogs/README.md (行政/参公 lines).
const ORGAN_FROM_SPEC: Record<string, string> = {
  '30213': '50209', '30217': '50206', '30226': '50205', '30227': '50205', '30231': '50208',
  '30299': '50299', '30302': '50905', '30309': '50901', '31002': '50306',
}
// spec §2.6: 事业单位 → 505 款 for 301/302; 对个人和家庭的补助 → the same 509 款 as 机关.
function institutionFromSpec(code: string): string {
  if (code.length !== 5) return ''
  if (code.startsWith('301')) return '50501'
  if (code.startsWith('302')) return '50502'
  if (code.startsWith('303')) return ORGAN_FROM_SPEC[code] ?? ''
  return ''
}
const INCOME: [string, string, string][] = [
  ['103', '非税收入', '类'], ['10301', '政府性基金收入', '款'], ['1030148', '国有土地使用权出让收入', '项'],
]

// Every code–name pair a seed (a published disclosure) prints in its tables: a line that starts
// `code<TAB>name<TAB>` followed by a figure or an empty cell. Codes are 3/5/7 digits.
interface SeedPair {
  code: string
  name: string
  seed: string
  title: string
}

function seedPairs(): SeedPair[] {
  const out: SeedPair[] = []
  for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedsDir, file), 'utf8').replace(/<[^>]*>/g, '')
    const lines = text.split(/\r?\n/)
    const heading = lines.map((l) => l.trim()).filter(Boolean).slice(0, 2).join('').replace(/\[部门\]/, '')
    const seed = file.replace(/\.txt$/, '')
    for (const line of lines) {
      const m = /^(\d{3}|\d{5}|\d{7})\t([^\t]+)\t(?:[\d.,-]*)(?:\t|$)/.exec(line)
      if (!m?.[1] || !m[2]) continue
      const name = m[2].trim().replace(/\(/g, '（').replace(/\)/g, '）')
      if (!out.some((p) => p.code === m[1] && p.seed === seed)) out.push({ code: m[1], name, seed, title: heading })
    }
  }
  return out
}

const SEED_PAIRS = seedPairs()

/**
 * Marks each row whose code and name a seed prints (`seen_in`: the seed ids) and appends that
 * published document to its source. A seed printing a code the rows lack, or another name for
 * it, stops the script: a pair is added only from a source, never guessed.
 */
function markSeen(rows: Row[], prefixes: readonly string[]): Row[] {
  const pairs = SEED_PAIRS.filter((p) => prefixes.some((x) => p.code.startsWith(x)))
  for (const p of pairs) {
    const row = rows.find((r) => r.code === p.code)
    if (!row) throw new Error(`seed ${p.seed} prints ${p.code} ${p.name}, which no catalog row has: add it from its source`)
    if (row.name !== p.name) throw new Error(`seed ${p.seed} prints ${p.code} as ${p.name}, the catalog has ${row.name}`)
    const seen = new Set((row.seen_in ?? '').split(';').filter(Boolean))
    seen.add(p.seed)
    row.seen_in = [...seen].sort().join(';')
    const note = `已公开文件所印：${p.title}（${p.seed}）`
    if (!row.source!.includes(note)) row.source = `${row.source}；${note}`
  }
  for (const row of rows) {
    // A code printed in a published disclosure is attested there, even when it came from the spec.
    if (row.seen_in && row.status === 'unverified') {
      // …and its source then leads with that document (the spec is kept as the second source).
      const notes = row.source!.split('；').filter((x) => x.startsWith('已公开文件所印'))
      const rest = row.source!.split('；').filter((x) => !x.startsWith('已公开文件所印'))
      row.source = [...notes, ...rest].join('；')
      row.status = 'verified'
    }
    row.seen_in ??= ''
  }
  return rows
}

const byCode = (a: Row, b: Row): number => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0)

/** Drops a name-only row once a coded row has its name, moving its source onto that row. */
function foldNameOnly(rows: Row[]): Row[] {
  const coded = rows.filter((r) => r.code !== '')
  const kept: Row[] = []
  for (const row of rows.filter((r) => r.code === '')) {
    const target = coded.find((r) => r.name === row.name && r.level === row.level)
    if (!target) kept.push(row)
    else {
      const note = row.source!.replace(/；编码未核实.*$/, '')
      if (!target.source!.includes(note)) target.source = `${target.source}；${note}`
    }
  }
  return [...coded.sort(byCode), ...kept]
}

function functionalRows(): Row[] {
  const rows: Row[] = readShared('functional-classification.csv').map((r) => ({ ...r, status: 'verified' }))
  for (const [code, name] of FUNCTIONAL_CLASSES) {
    rows.push({ code, name, level: '类', edition: '2024;2025;2026', status: 'unverified', source: SPEC_CLASSES })
  }
  return markSeen(rows.sort(byCode), ['2'])
}

function departmentRows(): Row[] {
  const rows: Row[] = readShared('economic-classification-department.csv').map((r) => ({
    code: r.code!, name: r.name!, level: r.level!,
    government_code_organ: r.government_code_admin!, government_code_institution: r.government_code_institution!,
    mapping_status_organ: r.government_code_admin ? 'verified' : '', mapping_status_institution: '',
    status: 'verified', source: r.source!,
  }))
  for (const [code, name, level] of DEPARTMENT_ADDITIONS) {
    rows.push({ code, name, level, government_code_organ: '', government_code_institution: '',
      mapping_status_organ: '', mapping_status_institution: '', status: 'unverified', source: SPEC_ECONOMIC })
  }
  for (const row of rows) {
    const organ = ORGAN_FROM_SPEC[row.code!]
    if (organ && !row.government_code_organ) {
      row.government_code_organ = organ
      row.mapping_status_organ = 'unverified'
    }
    const institution = institutionFromSpec(row.code!)
    if (institution && !row.government_code_institution) {
      row.government_code_institution = institution
      row.mapping_status_institution = 'unverified'
    }
  }
  const folded = foldNameOnly(rows)
  for (const row of folded) {
    if (row.mapping_status_organ === 'unverified' || row.mapping_status_institution === 'unverified') {
      row.source = `${row.source}；政府经济分类默认对应：${SPEC_MAPPING}（未核实）`
    }
  }
  return folded
}

function governmentRows(): Row[] {
  const rows: Row[] = readShared('economic-classification-government.csv').map((r) => ({ ...r, status: 'verified' }))
  for (const [code, name, level] of GOVERNMENT_ADDITIONS) {
    rows.push({ code, name, level, status: 'unverified', source: SPEC_ECONOMIC })
  }
  return foldNameOnly(rows)
}

function incomeRows(): Row[] {
  return markSeen(
    INCOME.map(([code, name, level]) => ({ code, name, level, edition: '2024', status: 'unverified', source: SPEC_INCOME })),
    ['1'],
  )
}

const FILES: [string, string[], () => Row[]][] = [
  ['functional-classification.csv', ['code', 'name', 'level', 'edition', 'status', 'seen_in', 'source'], functionalRows],
  ['economic-classification-department.csv',
    ['code', 'name', 'level', 'government_code_organ', 'government_code_institution',
      'mapping_status_organ', 'mapping_status_institution', 'status', 'source'], departmentRows],
  ['economic-classification-government.csv', ['code', 'name', 'level', 'status', 'source'], governmentRows],
  ['income-classification.csv', ['code', 'name', 'level', 'edition', 'status', 'seen_in', 'source'], incomeRows],
]

for (const [file, columns, build] of FILES) {
  const rows = build()
  const text = formatCsv([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))])
  for (const year of YEARS) {
    const dir = join(outRoot, String(year), 'catalogs')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  console.log(`${file}: ${rows.length} rows`)
}
