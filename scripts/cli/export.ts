// npm run export -- <document.json> --out <dir> [--format json,xlsx,pdf,txt,docx,import-xlsx]
import { runCli } from './cli-errors'
import { runExport } from './run-export'

const out = { log: (s: string) => console.log(s), error: (s: string) => console.error(s) }
const code = await runCli(() => runExport(process.argv.slice(2), out), '导出', out.error)
process.exit(code)
