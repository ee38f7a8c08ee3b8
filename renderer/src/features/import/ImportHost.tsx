// Shows the import screen that was asked for (menu, toolbar, welcome page), inside the document
// commands' provider so the screens can ask about unsaved changes.
import { CatalogImportDialog } from './CatalogImportDialog'
import { ImportDialog } from './ImportDialog'
import { closeImportScreen, useImportScreen } from './import-request'
import { MergeDialog } from './MergeDialog'
import { PublishedDialog } from './PublishedDialog'
import { RolloverDialog } from './RolloverDialog'
import './import.css'

export function ImportHost({ years }: { years: number[] }) {
  const screen = useImportScreen()
  if (screen === 'workbook') return <ImportDialog years={years} onClose={closeImportScreen} />
  if (screen === 'rollover') return <RolloverDialog onClose={closeImportScreen} />
  if (screen === 'merge') return <MergeDialog onClose={closeImportScreen} />
  if (screen === 'published') return <PublishedDialog onClose={closeImportScreen} />
  if (screen === 'catalog') return <CatalogImportDialog onClose={closeImportScreen} />
  return null
}
