import { FuseV1Options } from '@electron/fuses'
import { describe, expect, it, vi } from 'vitest'
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, denyPermissionCheck, denyPermissionRequest, denyWindowOpen, FUSES, guardFrameNavigation, guardNavigation, guardRequest, isAllowedNavigation, isAllowedRequest, preventWebview, SECURITY_HEADERS, webPreferences } from './security'

describe('security baseline (architecture rule 15)', () => {
  it('sandboxes the renderer with context isolation and no Node', () => {
    const p = webPreferences('/app/preload.cjs')
    expect(p).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false, webSecurity: true, allowRunningInsecureContent: false, preload: '/app/preload.cjs' })
  })

  it('has the strict CSP: scripts from the app only, inline styles for antd, no objects, no base', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]))
    expect(directives.get('default-src')).toBe("'self'")
    expect(directives.get('script-src')).toBe("'self'")
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'")
    expect(directives.get('img-src')).toBe("'self' data:")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('base-uri')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*|http:|https:/)
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff')
  })

  it('allows navigation only within the app', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true)
    expect(isAllowedNavigation('app://bundle/index.html#/step/income')).toBe(true)
    for (const url of ['https://example.com/', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>1</script>', 'app://bundle.evil/index.html', 'app://evil/index.html', 'app://user:pw@bundle/index.html', 'about:blank', 'not a url', '']) {
      expect(isAllowedNavigation(url), url).toBe(false)
    }
  })

  it('cancels a navigation away from the app and lets in-app navigation pass', () => {
    const away = { preventDefault: vi.fn() }
    guardNavigation(away, 'https://example.com/')
    expect(away.preventDefault).toHaveBeenCalledOnce()
    const inside = { preventDefault: vi.fn() }
    guardNavigation(inside, APP_ENTRY_URL)
    expect(inside.preventDefault).not.toHaveBeenCalled()
    const webview = { preventDefault: vi.fn() }
    preventWebview(webview)
    expect(webview.preventDefault).toHaveBeenCalledOnce()
  })

  it('cancels a frame navigating away (will-frame-navigate passes the URL in its details)', () => {
    const away = { url: 'https://example.com/', preventDefault: vi.fn() }
    guardFrameNavigation(away)
    expect(away.preventDefault).toHaveBeenCalledOnce()
    const inside = { url: 'app://bundle/index.html#/review', preventDefault: vi.fn() }
    guardFrameNavigation(inside)
    expect(inside.preventDefault).not.toHaveBeenCalled()
  })

  it('loads nothing remote: only the app origin, inline data/blob and DevTools', () => {
    for (const url of ['app://bundle/index.html', 'app://bundle/assets/index-abc.js', 'data:image/png;base64,AAAA', 'blob:app://bundle/1234', 'devtools://devtools/bundled/inspector.html']) expect(isAllowedRequest(url), url).toBe(true)
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:5173/', 'http://example.com/a.png', 'file:///etc/passwd', 'ftp://example.com/', 'ws://example.com/', 'wss://example.com/', 'app://evil/index.html', 'app://u:p@bundle/', 'javascript:alert(1)', 'not a url', '']) expect(isAllowedRequest(url), url).toBe(false)
    const answers: boolean[] = []
    guardRequest({ url: 'https://example.com/x.js' }, (r) => answers.push(r.cancel))
    guardRequest({ url: 'app://bundle/index.html' }, (r) => answers.push(r.cancel))
    expect(answers).toEqual([true, false])
  })

  it('denies new windows and every permission', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' })
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const callback = vi.fn()
      denyPermissionRequest({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(denyPermissionCheck()).toBe(false)
  })

  it('turns off RunAsNode, NODE_OPTIONS and --inspect in packaged builds (valid fuse names)', () => {
    expect(FUSES).toMatchObject({ RunAsNode: false, EnableNodeOptionsEnvironmentVariable: false, EnableNodeCliInspectArguments: false })
    for (const name of Object.keys(FUSES)) expect(FuseV1Options[name as keyof typeof FuseV1Options], name).toBeTypeOf('number')
  })
})
