// The security scan of CI: electronegativity over electron/ and the built bundle; exits 1 on a
// MEDIUM or HIGH finding that is not accepted in scripts/security/findings.ts (with its reason).
//   npx tsx scripts/security-scan.ts
import { join } from 'node:path'
import { describeFinding, securityScan } from './security/scan'

const result = await securityScan({ root: join(import.meta.dirname, '..'), log: (l) => process.stderr.write(`${l}\n`) })
const out = (l: string) => process.stdout.write(`${l}\n`)
out(`electronegativity：Electron ${result.electronVersion}，共 ${result.findings.length} 项发现`)
for (const f of result.findings) {
  const a = result.accepted.find((x) => x.finding === f)
  out(`  ${describeFinding(f)}${a ? `\n      已接受：${a.reason}` : ''}`)
}
if (result.failing.length > 0) {
  out(`未接受的中、高风险发现 ${result.failing.length} 项，扫描不通过：`)
  for (const f of result.failing) out(`  ${describeFinding(f)}\n      ${f.description}`)
  process.exitCode = 1
} else out('没有未接受的中、高风险发现，扫描通过。')
