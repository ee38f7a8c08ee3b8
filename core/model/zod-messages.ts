// zod's own messages are English ("Invalid input: expected string, received number") and reach the
// officer on file load, in the CLI and over IPC. Every schema module imports this file, so main,
// the CLI and the renderer all word zod's built-in checks in Chinese; the field path is added by
// whoever lists the problem (formatPath). Messages a schema sets itself are kept as they are.
import { z } from 'zod'
import { zhCN } from 'zod/locales'

const TYPE: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '“是”或“否”',
  array: '列表',
  object: '对象',
  date: '日期',
  null: '空值',
  undefined: '空',
}

function typeOf(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

const locale = zhCN()

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? `缺少此项，应为${TYPE[issue.expected] ?? issue.expected}` : `应为${TYPE[issue.expected] ?? issue.expected}，实际为${TYPE[typeOf(issue.input)] ?? typeOf(issue.input)}`
      case 'too_small':
        if (issue.origin === 'string') return `至少应有 ${String(issue.minimum)} 个字`
        if (issue.origin === 'array' || issue.origin === 'set') return `至少应有 ${String(issue.minimum)} 项`
        return `不能小于 ${String(issue.minimum)}`
      case 'too_big':
        if (issue.origin === 'string') return `不能超过 ${String(issue.maximum)} 个字`
        if (issue.origin === 'array' || issue.origin === 'set') return `不能超过 ${String(issue.maximum)} 项`
        return `不能大于 ${String(issue.maximum)}`
      case 'invalid_value':
        return `应为以下之一：${issue.values.map((v) => String(v)).join('、')}`
      case 'unrecognized_keys':
        return `有无法识别的字段：${issue.keys.join('、')}`
      case 'invalid_format':
        return '格式不正确'
      case 'invalid_union':
        return '内容不符合任何一种允许的格式'
      default:
        return undefined
    }
  },
  localeError: locale.localeError,
})
