// npm run web [-- --port <n> --no-open --workspace <dir>]: the app in the system browser.
import { closeOnSignals, repoRootFrom, runWeb } from './web/run-web'

const result = await runWeb(process.argv.slice(2), repoRootFrom(import.meta.dirname))
if (typeof result === 'number') process.exit(result)
closeOnSignals(result)
