// 导入科目表: the officer's own 科目表 (csv/xlsx) read by main, merged here into the document's own
// catalog against the year's shipped one, then a report of what was added, what conflicts (kept
// with the catalog's name) and which rows could not be read. One undo step.
import { Alert, Button, List, Modal, Typography } from 'antd'
import { useState } from 'react'
import { catalogMergeLines, mergeCatalogFile, type CatalogFileMerge } from '../../../../core/catalogs/catalog-file'
import { call } from '../../api/client'
import { currentDocument, updateData } from '../../state/store'
import { loadTemplate } from '../../state/template'
import { text } from '../../text/zh-CN'
import { usePickRun } from './use-pick-run'
import { PickFileModal } from './PickFileModal'

const t = text.catalogImport

interface Done {
  file: string
  merge: CatalogFileMerge
  problems: string[]
}

export function CatalogImportDialog({ onClose }: { onClose: () => void }) {
  const [done, setDone] = useState<Done | null>(null)

  const run = async (name?: string) => {
    setError(null)
    const doc = currentDocument()
    if (!doc) return setError(t.needDocument)
    setBusy(true)
    const [r, loaded] = await Promise.all([call('catalog:import', name !== undefined ? { name } : {}), loadTemplate(doc.templateYear)])
    setBusy(false)
    if (!r.ok) return refuse(r.error)
    if (!loaded.ok) return setError(loaded.message)
    const template = loaded.template
    let merge: CatalogFileMerge | null = null
    updateData((d) => {
      merge = mergeCatalogFile(template.catalog, d.ownCatalog, r.value.entries)
      return merge.own && merge.added.length > 0 ? { ...d, ownCatalog: merge.own } : d
    })
    if (merge) setDone({ file: r.value.file, merge, problems: r.value.problems.map((p) => p.message) })
  }
  const pick = usePickRun(run, onClose)
  const { setBusy, setError, refuse } = pick

  if (!done) {
    return <PickFileModal title={t.title} hint={t.hint} working={t.working} kind="catalog" testId="catalog-import" filesTestId="catalog-files" pick={pick} onClose={onClose} />
  }
  const [summary, ...details] = catalogMergeLines(done.merge)
  const added = details.filter((l) => l.startsWith('新增'))
  const conflicts = details.filter((l) => l.startsWith('不一致'))
  const section = (title: string, lines: string[], testId: string) => (
    <>
      <Typography.Title level={5}>{title}</Typography.Title>
      <List size="small" bordered dataSource={lines.length > 0 ? lines : [t.none]} renderItem={(l) => <List.Item>{l}</List.Item>} data-testid={testId} style={{ maxHeight: 180, overflow: 'auto' }} />
    </>
  )
  return (
    <Modal
      open
      title={t.resultTitle(done.file)}
      width={760}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose} data-testid="catalog-import-close">
          {t.close}
        </Button>
      }
      data-testid="catalog-import-result"
    >
      <Alert type={conflicts.length > 0 || done.problems.length > 0 ? 'warning' : 'success'} showIcon title={summary} data-testid="catalog-import-summary" />
      {section(t.added, added, 'catalog-import-added')}
      {section(t.conflicts, conflicts, 'catalog-import-conflicts')}
      {done.problems.length > 0 && section(t.problems, done.problems.slice(0, 50), 'catalog-import-problems')}
    </Modal>
  )
}
