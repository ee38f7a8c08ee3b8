// The officer's choice of 元 or 万元 for typing and showing amounts, shared by every grid and money
// field and remembered between sessions.
import { useSyncExternalStore } from 'react'
import type { MoneyUnit } from '../paste/money-text'

const KEY = 'budget-app-money-unit'
const listeners = new Set<() => void>()

function read(): MoneyUnit {
  try {
    return localStorage.getItem(KEY) === 'wan' ? 'wan' : 'yuan'
  } catch {
    return 'yuan'
  }
}

let current: MoneyUnit = typeof localStorage === 'undefined' ? 'yuan' : read()

export function setMoneyUnit(unit: MoneyUnit): void {
  current = unit
  try {
    localStorage.setItem(KEY, unit)
  } catch {
    // Private mode: the choice lasts for the session only.
  }
  for (const l of listeners) l()
}

export function useMoneyUnit(): MoneyUnit {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => current,
  )
}
