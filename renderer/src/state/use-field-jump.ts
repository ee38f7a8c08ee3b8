// After a finding is clicked and its step is shown: scroll to the field its path names (or the
// nearest enclosing element that has an id) and focus it. Steps load lazily, so the field is looked
// for until it appears. Grids select their row themselves.
import { useEffect } from 'react'
import { fieldDomId } from './steps'
import { useEditor } from './store'

const FOCUSABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'])
const TRIES = 40
const EVERY_MS = 50

export function useFieldJump(): void {
  const focus = useEditor((s) => s.focus)
  useEffect(() => {
    if (!focus?.path) return
    const path = focus.path
    let tries = 0
    const find = (): HTMLElement | null => {
      for (let n = path.length; n > 0; n--) {
        const el = document.getElementById(fieldDomId(path.slice(0, n)))
        if (el) return el
      }
      return null
    }
    const timer = window.setInterval(() => {
      tries++
      const el = find()
      if (!el && tries < TRIES) return
      window.clearInterval(timer)
      if (!el) return
      el.scrollIntoView({ block: 'center' })
      if (FOCUSABLE.has(el.tagName)) el.focus({ preventScroll: true })
      el.classList.add('jump-flash')
      window.setTimeout(() => el.classList.remove('jump-flash'), 1600)
    }, EVERY_MS)
    return () => window.clearInterval(timer)
  }, [focus])
}
