// 预算年度 and the template year (issue 17): when the officer changes the budget year, the document
// would otherwise keep the old template silently. This notice says which template is in use and
// offers to switch to the new year's (its catalog then re-checks every code), or to keep the old.
import { App as AntApp, Alert, Button, Space } from 'antd'
import { useEffect, useState } from 'react'
import { lookupEconomicDepartment, lookupFunctional } from '../../../../core/catalogs/catalog'
import { withOwnCatalog } from '../../../../core/catalogs/own-catalog'
import { call } from '../../api/client'
import { useSession } from '../../state/session'
import { currentDocument, replaceDocument } from '../../state/store'
import { loadTemplate } from '../../state/template'
import { text } from '../../text/zh-CN'

const t = text.templateYear

export function TemplateYearNotice() {
  const { document } = useSession()
  const { message } = AntApp.useApp()
  const budgetYear = document.data.department.budgetYear
  const [edition, setEdition] = useState<{ budgetYear: number; year: number } | null>(null)
  const [kept, setKept] = useState<number | null>(null)
  useEffect(() => {
    let live = true
    void call('template:get', { year: budgetYear }).then((r) => {
      if (live && r.ok) setEdition({ budgetYear, year: r.value.year })
    })
    return () => {
      live = false
    }
  }, [budgetYear])
  if (!edition || edition.budgetYear !== budgetYear || budgetYear === document.templateYear) return null
  const target = edition.year
  const switchTemplate = async () => {
    const loaded = await loadTemplate(target)
    const doc = currentDocument()
    if (!loaded.ok || !doc) return void message.error(loaded.ok ? t.noDocument : loaded.message)
    const catalog = withOwnCatalog(loaded.template.catalog, doc.data.ownCatalog)
    const missing = new Set<string>()
    for (const l of doc.data.lines) {
      if (!lookupFunctional(catalog, l.functionCode)) missing.add(l.functionCode)
      if (!lookupEconomicDepartment(catalog, l.economicCode)) missing.add(l.economicCode)
    }
    replaceDocument({ ...doc, templateYear: target })
    void message.info(t.switched(target, [...missing]))
  }
  if (target === document.templateYear) {
    // No template for the new year: the current one stays in use, and the notice says so.
    return <Alert type="info" showIcon className="template-year-notice" data-testid="template-year-notice" title={t.noneForYear(budgetYear, document.templateYear)} />
  }
  const keptNow = kept === budgetYear
  return (
    <Alert
      type={keptNow ? 'info' : 'warning'}
      showIcon
      className="template-year-notice"
      data-testid="template-year-notice"
      title={keptNow ? t.kept(budgetYear, document.templateYear) : t.mismatch(budgetYear, document.templateYear)}
      action={
        <Space orientation="vertical" size={4}>
          <Button size="small" type="primary" onClick={() => void switchTemplate()} data-testid="template-year-switch">
            {t.switch(target)}
          </Button>
          {!keptNow && (
            <Button size="small" onClick={() => setKept(budgetYear)} data-testid="template-year-keep">
              {t.keep(document.templateYear)}
            </Button>
          )}
        </Space>
      }
    />
  )
}
