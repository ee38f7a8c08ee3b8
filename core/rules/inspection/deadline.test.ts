import { describe, expect, it } from 'vitest'
import { deadlineInfo, isWorkingDay, publicationDeadline } from './deadline'
import { Settings } from '../../model/document-data'

describe('publication deadline (财预〔2016〕143号: 批复后20日内)', () => {
  it('calendar days: the 批复 day itself is not counted', () => {
    expect(publicationDeadline('2026-02-20', 20, 'calendar')).toBe('2026-03-12')
    expect(publicationDeadline('2025-12-25', 20, 'calendar')).toBe('2026-01-14')
  })

  it('working days skip weekends (Mon–Fri)', () => {
    // 2026-02-20 is a Friday: 20 working days later is Friday 2026-03-20.
    expect(publicationDeadline('2026-02-20', 20, 'working')).toBe('2026-03-20')
    expect(isWorkingDay('2026-02-21')).toBe(false)
    expect(isWorkingDay('2026-02-23')).toBe(true)
  })

  it('working days honour the listed 法定节假日 and 调休 workdays', () => {
    const holidays = ['2026-02-23', '2026-02-24']
    expect(publicationDeadline('2026-02-20', 20, 'working', holidays)).toBe('2026-03-24')
    expect(publicationDeadline('2026-02-20', 20, 'working', holidays, ['2026-02-28'])).toBe('2026-03-23')
  })

  it('rejects an impossible date', () => {
    expect(publicationDeadline('2026-02-30', 20, 'calendar')).toBeUndefined()
  })

  it('deadlineInfo gives the days left from today', () => {
    const s = Settings.parse({})
    expect(deadlineInfo(s, '2026-02-20', '2026-03-01')).toEqual({ approvalDate: '2026-02-20', deadline: '2026-03-12', basis: 'calendar', days: 20, daysLeft: 11 })
    expect(deadlineInfo(s, undefined, '2026-03-01')).toEqual({ basis: 'calendar', days: 20 })
    expect(deadlineInfo(Settings.parse({ deadlineBasis: 'working' }), '2026-02-20', '2026-03-23').daysLeft).toBe(-3)
  })
})
