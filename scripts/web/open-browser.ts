// Opens a URL in the system browser without a shell (the URL is one argument, never parsed).
import { spawn } from 'node:child_process'

export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] }
  if (platform === 'darwin') return { command: 'open', args: [url] }
  return { command: 'xdg-open', args: [url] }
}

export function openInBrowser(url: string, onFail: (message: string) => void, platform: NodeJS.Platform = process.platform): void {
  const { command, args } = browserCommand(platform, url)
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' })
    child.on('error', () => onFail(`无法自动打开浏览器，请手动在浏览器中打开：${url}`))
    child.unref()
  } catch {
    onFail(`无法自动打开浏览器，请手动在浏览器中打开：${url}`)
  }
}
