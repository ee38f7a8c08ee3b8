// npm run export -- <document.json> --out <dir> [--format json,xlsx,pdf,txt,docx]
import { runExport } from './run-export'

const code = await runExport(process.argv.slice(2), { log: (s) => console.log(s), error: (s) => console.error(s) })
process.exit(code)
