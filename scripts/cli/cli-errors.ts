// What the CLI prints when something fails: one Chinese sentence, never a stack trace. File-system
// errors (read-only folder, full disk …) get the same wording as the app.
import { fsErrorInfo, type FileAction } from '../../electron/main/documents/fs-errors'
import { errnoCode } from '../../electron/main/documents/fs-layer'

export function failureText(e: unknown, action: FileAction): string {
  if (errnoCode(e)) return fsErrorInfo(e, action).message
  if (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message)) return e.message
  return `程序内部错误，请重试；如仍失败请联系技术支持（${e instanceof Error ? e.message.split('\n')[0] : String(e)}）`
}

/** Runs a CLI entry: an unexpected throw becomes one line on stderr and exit code 3. */
export async function runCli(main: () => Promise<number>, action: FileAction, printError: (s: string) => void): Promise<number> {
  try {
    return await main()
  } catch (e) {
    printError(`${action}失败：${failureText(e, action)}`)
    return 3
  }
}
