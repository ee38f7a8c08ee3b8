// The window: toolbar, the steps on the left, the current step. Before a document is open, a
// welcome page; on start, the offer to restore unsaved work.
import { Alert, Button, Result, Spin } from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { call } from './api/client'
import { DocumentProvider, useDocumentCommands } from './features/document/DocumentProvider'
import { StepNav } from './features/document/StepNav'
import { Toolbar } from './features/document/Toolbar'
import { useAutosave, useDirtyGuard, useShortcuts, useStartup } from './features/document/use-lifecycle'
import { ImportHost } from './features/import/ImportHost'
import { requestImportScreen } from './features/import/import-request'
import { preloadStep, StepView } from './features/StepView'
import { SessionProvider, useSessionTemplate } from './state/session'
import { requestExport, useEditor } from './state/store'
import { text } from './text/zh-CN'
import { useFieldJump } from './state/use-field-jump'

export function App() {
  const [years, setYears] = useState<number[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void call('app:info', {}).then((r) => (r.ok ? setYears(r.value.supportedYears) : setError(r.error.message)))
  }, [])
  if (error) return <Result status="error" title={text.errors.unreachable} subTitle={error} />
  if (!years) return <Spin className="app-loading" size="large" />
  return (
    <DocumentProvider years={years}>
      <Shell />
      <ImportHost years={years} />
    </DocumentProvider>
  )
}

function Shell() {
  const commands = useDocumentCommands()
  const open = useEditor((s) => s.history !== null)
  const onExport = useCallback((format: 'xlsx' | 'pdf' | 'docx') => requestExport([format]), [])
  useAutosave()
  useStartup(commands)
  useDirtyGuard(commands)
  useShortcuts(commands, onExport)
  // Every document opens at step 1: its code is here before the officer picks a file.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200))
    idle(() => preloadStep('organization'))
  }, [])
  if (!open) return <Welcome />
  return (
    <SessionProvider>
      <Workspace />
    </SessionProvider>
  )
}

function Workspace() {
  // Only the template's error: the workspace's frame does not repaint on every edit.
  const { templateError } = useSessionTemplate()
  useFieldJump()
  return (
    <div className="workspace">
      <header className="workspace-header">
        <Toolbar />
      </header>
      <aside className="workspace-nav">
        <StepNav />
      </aside>
      <main className="workspace-main">
        {templateError && <Alert type="error" showIcon title={`${text.errors.catalog}${templateError}`} />}
        <StepView />
      </main>
    </div>
  )
}

function Welcome() {
  const c = useDocumentCommands()
  const t = text.documentDialogs
  return (
    <div className="welcome" data-testid="welcome">
      <Result
        title={t.welcomeTitle}
        subTitle={t.welcomeBody}
        extra={[
          <Button key="new" type="primary" size="large" onClick={() => void c.newDocument()} data-testid="welcome-new">
            {text.toolbar.new}
          </Button>,
          <Button key="open" size="large" onClick={() => void c.open()} data-testid="welcome-open">
            {text.toolbar.open}
          </Button>,
          <Button key="sample" size="large" onClick={() => void c.openSample()} data-testid="welcome-sample">
            {text.toolbar.openSample}
          </Button>,
          <Button key="rollover" size="large" onClick={() => requestImportScreen('rollover')} data-testid="welcome-rollover">
            {text.importMenu.welcomeRollover}
          </Button>,
          <Button key="published" size="large" onClick={() => requestImportScreen('published')} data-testid="welcome-published">
            {text.importMenu.welcomePublished}
          </Button>,
          <Button key="import" size="large" onClick={() => requestImportScreen('workbook')} data-testid="welcome-import">
            {text.importMenu.welcomeImport}
          </Button>,
        ]}
      />
    </div>
  )
}
