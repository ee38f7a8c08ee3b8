// 从本机上传: a button that opens the browser's file chooser (web mode), copies the chosen file into
// the workspace and reports its name. A keyboard user reaches it like any button.
import { App as AntApp, Button } from 'antd'
import { useRef, useState } from 'react'
import { uploadFile } from '../api/transfer'
import { text } from '../text/zh-CN'

interface Props {
  kind: 'workbook' | 'attachment'
  onUploaded: (name: string) => void
  testId: string
  disabled?: boolean
}

export function UploadButton({ kind, onUploaded, testId, disabled }: Props) {
  const { modal } = AntApp.useApp()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const t = text.transfer
  return (
    <>
      <Button onClick={() => input.current?.click()} loading={busy} disabled={disabled} data-testid={testId}>
        {kind === 'workbook' ? t.uploadWorkbook : t.uploadPdf}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={kind === 'workbook' ? '.xlsx' : '.pdf,application/pdf'}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (!file) return
          setBusy(true)
          void uploadFile(kind, file)
            .then((r) => {
              if (r.ok) onUploaded(r.value.name)
              else modal.error({ title: t.uploadFailed, content: r.error.message })
            })
            .finally(() => setBusy(false))
        }}
      />
    </>
  )
}
