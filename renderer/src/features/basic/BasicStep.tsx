// Step 3 基本支出: the basic-expenditure lines in one grid, with live subtotals.
import { Alert, Button } from 'antd'
import { useCallback, useMemo } from 'react'
import { unnamedCodeFindings } from '../../../../core/rules/document-rules'
import { requestImportScreen } from '../import/import-request'
import type { BudgetLine } from '../../../../core/model/budget'
import { EntryGrid } from '../../components/EntryGrid/EntryGrid'
import { useSession } from '../../state/session'
import { newId, replaceSubset } from '../../state/draft'
import { fieldDomId } from '../../state/steps'
import { useDocumentCatalog, useLineWriter } from '../../state/use-document-catalog'
import { text } from '../../text/zh-CN'
import { GRID_COMMANDS } from '../shared/commands'
import { useListFocus, useListMarks } from '../shared/grid-bindings'
import { basicLineColumns } from '../shared/line-columns'
import { StepPage } from '../shared/StepPage'
import { lineSubtotals, yuanAndWan } from '../shared/sums'
import { Totals } from '../shared/Totals'

const isBasic = (l: BudgetLine) => l.kind === 'basic'

// One element for the step's lifetime: the grid's toolbar does not repaint for it.
const IMPORT_CATALOG = (
  <Button size="small" onClick={() => requestImportScreen('catalog')} data-testid="grid-import-catalog">
    {text.importMenu.catalog}
  </Button>
)

export function BasicStep() {
  const { document, result } = useSession()
  const catalog = useDocumentCatalog()
  const { units, lines } = document.data
  const rows = useMemo(() => lines.filter(isBasic), [lines])
  const columns = useMemo(() => basicLineColumns(units, catalog), [units, catalog])
  const marks = useListMarks('lines')
  const focus = useListFocus('lines')
  const defaultUnit = (units.find((u) => u.isHeadUnit) ?? units[0])?.id ?? ''
  const newRow = useCallback((): BudgetLine => ({ id: newId('b'), unitId: defaultUnit, functionCode: '', kind: 'basic', economicCode: '', source: 'general', period: 'current', amount: '' }), [defaultUnit])
  const duplicate = useCallback((l: BudgetLine): BudgetLine => ({ ...l, id: newId('b') }), [])
  const onChange = useLineWriter(useCallback((all: readonly BudgetLine[], next: BudgetLine[]) => replaceSubset(all, isBasic, next), []))
  // Once per edit, not again when the findings arrive.
  const s = useMemo(() => lineSubtotals(rows), [rows])
  const t = text.lines
  // Codes printed without a name block export: say so above the grid, with the way to fix it.
  const unnamed = unnamedCodeFindings(result?.findings ?? []).length
  return (
    <StepPage step="basic">
      <div id={fieldDomId(['lines'])} />
      {unnamed > 0 && (
        <Alert
          type="error"
          showIcon
          className="unnamed-codes-banner"
          data-testid="unnamed-codes-banner"
          title={t.unnamedBanner(unnamed)}
          action={
            <Button size="small" onClick={() => requestImportScreen('catalog')} data-testid="banner-import-catalog">
              {text.importMenu.catalog}
            </Button>
          }
        />
      )}
      <EntryGrid
        testId="basic-lines"
        rows={rows}
        columns={columns}
        onChange={onChange}
        newRow={newRow}
        duplicate={duplicate}
        toolbarExtra={IMPORT_CATALOG}
        marks={marks}
        focus={focus}
        height={480}
        fitWindow
        commands={GRID_COMMANDS}
        footer={
          <Totals
            testId="basic-totals"
            items={[
              { label: t.total, value: yuanAndWan(s.total) },
              { label: t.personnel, value: yuanAndWan(s.personnel) },
              { label: t.publicUse, value: yuanAndWan(s.publicUse) },
              ...(s.carryover > 0 ? [{ label: t.carryover, value: yuanAndWan(s.carryover) }] : []),
              ...(s.invalid > 0 ? [{ label: '', value: t.invalid(s.invalid), tone: 'bad' as const }] : []),
            ]}
          />
        }
      />
    </StepPage>
  )
}
