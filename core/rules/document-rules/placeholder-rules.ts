// Placeholders a new document starts with (issue 17): 主管部门代码 000, 市/县名称 未填写, 未命名部门,
// and no budget lines (D02: every amount of the tables and the narrative is summed from them).
// They print on the cover, in titles and in form headers, so each is an error in the step where it
// is fixed, never a silent default. Names containing 示例 (the new-document dialog's own example,
// the test builders' names) are pointed out as information.
import type { Finding } from '../finding'
import { finding, type DocumentRule } from './context'

/** Words the app itself fills in: never a real name. */
const PLACEHOLDER = /^[（(]?(未填写|未命名|待填写)/
const EXAMPLE = /示例/

export const D01: DocumentRule = {
  id: 'D01',
  title: '部门代码、名称和市/县名称不是占位内容',
  severity: 'error',
  check(ctx) {
    const data = ctx.derivation.data
    const d = data.department
    const out: Finding[] = []
    if (/^0+$/.test(d.code)) out.push(finding(this, `主管部门代码为占位值“${d.code}”，请填写本部门的3位主管部门代码（如 019）`, 'organization', ['department', 'code']))
    const texts: { label: string; value: string; path: (string | number)[] }[] = [
      { label: '部门名称（公开名称）', value: d.displayName, path: ['department', 'displayName'] },
      { label: '部门名称', value: d.plainName, path: ['department', 'plainName'] },
      { label: '市/县名称', value: d.regionName, path: ['department', 'regionName'] },
      ...data.units.map((u, i) => ({ label: `第${i + 1}个单位的名称`, value: u.name, path: ['units', i, 'name'] })),
    ]
    for (const t of texts) {
      const value = t.value.trim()
      if (PLACEHOLDER.test(value)) out.push(finding(this, `${t.label}仍是占位内容“${value}”，请填写，公开文件会印出它`, 'organization', t.path))
      else if (EXAMPLE.test(value)) out.push({ ...finding(this, `${t.label}“${value}”含“示例”，若是照抄的示例内容请改为实际名称`, 'organization', t.path), severity: 'info' })
    }
    data.projects.forEach((p, i) => {
      const value = p.name.trim()
      if (PLACEHOLDER.test(value)) out.push(finding(this, `项目“${value}”的名称仍是占位内容，请填写项目名称`, 'projects', ['projects', i, 'name']))
    })
    return out
  },
}

export const D02: DocumentRule = {
  id: 'D02',
  title: '已录入预算行',
  severity: 'error',
  check(ctx) {
    if (ctx.derivation.data.lines.length > 0) return []
    return [
      finding(
        this,
        '还没有可计入的预算行（金额有误的行不计入）：13张表、情况说明和绩效目标表的金额都由预算行汇总，现在都是0；请在“基本支出”“项目支出”中录入，或导入预算系统导出的工作簿',
        'basic',
        ['lines'],
      ),
    ]
  },
}
