// K01 及时性 (official-rules A1, F2, (c)1): 部门预决算 are published within 20 days of 批复
// (财预〔2016〕143号: calendar days; some local catalogues say 20个工作日 — settings.deadlineBasis).
// Working days are Monday to Friday: the app knows no public holidays, so the officer lists the
// year's 法定节假日 in settings.holidays and the weekend days worked instead (调休) in settings.workdays.
import type { Settings } from '../../model/document-data'
import type { Finding } from '../finding'
import type { DeadlineInfo, InspectionRule } from './types'

const DAY_MS = 86_400_000

function toDay(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return undefined
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const d = new Date(t)
  // Reject 2026-02-30 and the like: the date must survive the round trip.
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? t / DAY_MS : undefined
}

function toIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The officer's calendar day of `d` in local time, `YYYY-MM-DD` (main and the CLI pass it as `today`). */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** `2026-03-01` → `2026年3月1日`. */
export function chineseDay(iso: string): string {
  const [y, m, d] = iso.split('-')
  return `${y}年${Number(m)}月${Number(d)}日`
}

export function isWorkingDay(iso: string, holidays: readonly string[] = [], workdays: readonly string[] = []): boolean {
  if (workdays.includes(iso)) return true
  if (holidays.includes(iso)) return false
  const day = toDay(iso)
  if (day === undefined) return false
  const weekday = new Date(day * DAY_MS).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The last day to publish: `days` calendar or working days after the 批复 (that day itself not counted). */
export function publicationDeadline(approvalDate: string, days: number, basis: 'calendar' | 'working', holidays: readonly string[] = [], workdays: readonly string[] = []): string | undefined {
  const start = toDay(approvalDate)
  if (start === undefined) return undefined
  if (basis === 'calendar') return toIso(start + days)
  let day = start
  let counted = 0
  while (counted < days) {
    day++
    if (isWorkingDay(toIso(day), holidays, workdays)) counted++
  }
  return toIso(day)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | undefined {
  const a = toDay(from)
  const b = toDay(to)
  return a === undefined || b === undefined ? undefined : b - a
}

export function deadlineInfo(settings: Settings, approvalDate: string | undefined, today: string): DeadlineInfo {
  const base: DeadlineInfo = { basis: settings.deadlineBasis, days: settings.deadlineDays }
  if (!approvalDate) return base
  const deadline = publicationDeadline(approvalDate, settings.deadlineDays, settings.deadlineBasis, settings.holidays, settings.workdays)
  if (!deadline) return { ...base, approvalDate }
  const daysLeft = daysBetween(today, deadline)
  return daysLeft === undefined ? { ...base, approvalDate, deadline } : { ...base, approvalDate, deadline, daysLeft }
}

export function basisText(info: Pick<DeadlineInfo, 'days' | 'basis'>): string {
  return `${info.days}个${info.basis === 'calendar' ? '自然日' : '工作日'}`
}

export const K01: InspectionRule = {
  id: 'K01',
  item: 1,
  title: '在批复后规定期限内公开（公开日期不晚于截止日期）',
  severity: 'error',
  check(ctx) {
    const data = ctx.derivation.data
    const { approvalDate, publicationDate } = data.department
    const at = (severity: Finding['severity'], message: string, field: 'approvalDate' | 'publicationDate'): Finding => ({
      ruleId: 'K01',
      severity,
      message,
      location: { step: 'organization', path: ['department', field] },
    })
    if (!approvalDate) return [at('warning', '请填写预算批复日期，以计算公开截止日期（批复后20日内公开，财预〔2016〕143号）', 'approvalDate')]
    const info = deadlineInfo(data.settings, approvalDate, ctx.today)
    if (!info.deadline) return [at('error', `批复日期“${approvalDate}”不是有效日期`, 'approvalDate')]
    const rule = `批复日期${chineseDay(approvalDate)}后${basisText(info)}`
    if (publicationDate) {
      const after = daysBetween(approvalDate, publicationDate)
      if (after === undefined) return [at('error', `公开日期“${publicationDate}”不是有效日期`, 'publicationDate')]
      if (after < 0) return [at('error', `公开日期${chineseDay(publicationDate)}早于批复日期${chineseDay(approvalDate)}`, 'publicationDate')]
      const late = daysBetween(info.deadline, publicationDate) ?? 0
      if (late > 0) return [at('error', `公开日期${chineseDay(publicationDate)}晚于截止日期${chineseDay(info.deadline)}（${rule}）${late}天`, 'publicationDate')]
      return []
    }
    const left = info.daysLeft ?? 0
    if (left < 0) return [at('warning', `今天已超过公开截止日期${chineseDay(info.deadline)}（${rule}）${-left}天，请尽快公开并填写公开日期`, 'publicationDate')]
    return [at('info', `公开截止日期为${chineseDay(info.deadline)}（${rule}），还有${left}天`, 'publicationDate')]
  },
}
