// The self-audit of exported files (export:run / export:units `audit`): `导出文件已复核：N 个数字一致`,
// or the differences main found when it read the files back (official-rules (c)14).
import { Typography } from 'antd'
import type { ExportAudit } from '../../../../core/api/contract'
import { text } from '../../text/zh-CN'

const MISMATCHES_SHOWN = 10

export function ExportAuditLine({ audit, testId }: { audit: ExportAudit; testId: string }) {
  const t = text.exportAudit
  return (
    <div className="export-audit" data-testid={testId} data-passed={audit.passed}>
      <Typography.Text type={audit.passed ? 'success' : 'danger'} strong>
        {audit.message}
      </Typography.Text>
      {audit.mismatches.length > 0 && (
        <ul className="export-audit-mismatches" aria-label={t.mismatchesTitle}>
          {audit.mismatches.slice(0, MISMATCHES_SHOWN).map((m, i) => (
            <li key={`${i}-${m.file}`}>{`${t.file} ${m.file}：${m.message}`}</li>
          ))}
          {audit.mismatches.length > MISMATCHES_SHOWN && <li>{text.exportGate.more(audit.mismatches.length - MISMATCHES_SHOWN)}</li>}
        </ul>
      )}
    </div>
  )
}
