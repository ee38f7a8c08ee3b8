// 预算年度 and the template year (issue 17): when the officer changes the budget year, the document
// would otherwise keep the old template silently. This notice says which template is in use and
// offers to switch to the new year's (its catalog then re-checks every code), or to keep the old.
import { App as AntApp, Alert, Button, Space } from 'antd'
import { useState } from 'react'
import { lookupEconomicDepartment, lookupFunctional } from '../../../../core/catalogs/catalog'
import { withOwnCatalog } from '../../../../core/catalogs/own-catalog'
import { useSession } from '../../state/session'
import { currentDocument, replaceDocument } from '../../state/store'
import { loadTemplate } from '../../state/template'
import { useTemplateEdition } from '../../state/use-template-edition'
import { text } from '../../text/zh-CN'

const t = text.templateYear

export function TemplateYearNotice() {
  const { document } = useSession()
  const { message } = AntApp.useApp()
  const budgetYear = document.data.department.budgetYear
  const target = useTemplateEdition(budgetYear)
  const [kept, setKept] = useState<number | null>(null)
  // No template for the new year: the current one stays in use, and every step's banner says so.
  if (target === undefined || budgetYear === document.templateYear || target === document.templateYear) return null
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
  const keptNow = kept === budgetYear
  return (
    <Alert
      type={keptNow ? 'info' : 'warning'}
      showIcon
      className="template-year-notice"
      data-testid="template-year-switch-notice"
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
