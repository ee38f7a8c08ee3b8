// Opens the app in the system browser without a shell and without the token on any command line
// (a browser's arguments are readable by every local user through `ps`): like Jupyter, we write a
// small page that redirects to the tokened URL into a private folder (0700, file 0600) and open
// that file instead. The page is removed when the process exits.
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export function browserCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] }
  if (platform === 'darwin') return { command: 'open', args: [url] }
  return { command: 'xdg-open', args: [url] }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function redirectPage(url: string): string {
  const href = escapeHtml(url)
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}"><title>预算公开编制助手</title></head><body><p>正在打开预算公开编制助手……如未自动跳转，请<a href="${href}">点击这里</a>。</p></body></html>`
}

/** Writes the redirect page readable by the current user only; returns its path. */
export function writeRedirectFile(url: string, parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, 'budget-web-'))
  chmodSync(dir, 0o700)
  const file = join(dir, 'open.html')
  writeFileSync(file, redirectPage(url), { mode: 0o600 })
  chmodSync(file, 0o600)
  return file
}

export function openInBrowser(url: string, onFail: (message: string) => void, platform: NodeJS.Platform = process.platform): void {
  const failed = () => onFail(`无法自动打开浏览器，请手动在浏览器中打开本程序第一行输出的地址`)
  let file: string
  try {
    file = writeRedirectFile(url)
  } catch {
    failed()
    return
  }
  process.once('exit', () => rmSync(join(file, '..'), { recursive: true, force: true }))
  const { command, args } = browserCommand(platform, pathToFileURL(file).href)
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' })
    child.on('error', failed)
    child.unref()
  } catch {
    failed()
  }
}
