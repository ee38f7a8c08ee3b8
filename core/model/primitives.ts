// Shared field schemas. Messages are Chinese because they reach the officer (form, file load, IPC).
import { z } from 'zod'
import { parseYuan } from '../money/money'
import './zod-messages'

export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, { error: '编号只能包含字母、数字、下划线、点和连字符' })

/** An amount in 元 with at most two decimals, written as a string ("1147200.00"). */
export const Yuan = z.string().superRefine((s, ctx) => {
  const r = parseYuan(s)
  if (r.ok) return
  const messages = {
    negative: `金额“${s}”不能为负数`,
    'too-fine': `金额“${s}”精确到分以下，最多保留两位小数（元）`,
    'too-large': `金额“${s}”过大`,
    format: `金额“${s}”不是有效的数字（单位：元，最多两位小数）`,
  } as const
  ctx.addIssue({ code: 'custom', message: messages[r.reason] })
})

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' })

export const Year = z.number().int({ error: '年度应为整数' }).min(2000, { error: '年度不应早于2000年' }).max(2100, { error: '年度不应晚于2100年' })

export const FunctionCode = z.string().regex(/^\d{7}$/, { error: '支出功能分类科目编码应为7位项级编码' })
export const EconomicCode = z.string().regex(/^\d{5}$/, { error: '经济分类科目编码应为5位款级编码' })
export const IncomeCode = z.string().regex(/^\d{3}(\d{2}){0,2}$/, { error: '收入分类科目编码应为3、5或7位' })

/**
 * Control characters (NUL, ESC …) and bidirectional overrides (U+202E turns "exe.pdf" into
 * "fdp.exe" on screen) print nothing or reorder what the officer sees; tab and line breaks stay.
 */
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u

export function hiddenCharacterMessage(s: string): string | undefined {
  const m = HIDDEN_CHARACTER.exec(s)
  if (!m) return undefined
  const code = `U+${(m[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
  return `含有看不见的控制字符或文字方向控制符（${code}），请删除后重新输入`
}

const visibleText = (s: string, ctx: z.core.$RefinementCtx<string>) => {
  const message = hiddenCharacterMessage(s)
  if (message) ctx.addIssue({ code: 'custom', message })
}

export const Text = z.string().max(20_000, { error: '文字过长（不超过20000字）' }).superRefine(visibleText)
export const ShortText = z.string().max(500, { error: '文字过长（不超过500字）' }).superRefine(visibleText)
export const Count = z.number().int({ error: '应为整数' }).min(0, { error: '不能为负数' }).max(1_000_000, { error: '数值过大' })
export const Area = z.string().regex(/^(0|[1-9]\d{0,9})(\.\d{1,2})?$/, { error: '面积应为非负数，最多两位小数' })
