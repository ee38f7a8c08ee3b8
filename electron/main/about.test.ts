import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { aboutInfo, fontsInUse, noticesPathFor, readNotices, runtimeLabel } from './about'
import { ABOUT } from './text/zh-cn'

let dir: string | undefined
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

describe('关于 (app:about)', () => {
  it('lists each font file once, with what it is used for and its licence', async () => {
    dir = await mkdtemp(join(tmpdir(), 'about-'))
    // An office's own 仿宋 for the body; headings and titles keep the shipped Noto fonts.
    await writeFile(join(dir, 'simfang.ttf'), 'not a real font: only its presence matters here')
    await writeFile(join(dir, 'fonts.json'), JSON.stringify({ roles: { body: { normal: 'simfang.ttf', bold: 'simfang.ttf' } } }))
    const fonts = fontsInUse(dir)
    expect(fonts.find((f) => f.file === 'simfang.ttf')).toEqual({ name: 'simfang.ttf', file: 'simfang.ttf', usedFor: [ABOUT.fontRoles.body], licence: ABOUT.ownFont })
    expect(fonts.find((f) => f.file === 'NotoSerifSC_700Bold.ttf')).toMatchObject({ name: ABOUT.notoSerif, usedFor: [ABOUT.fontRoles.title], licence: ABOUT.ofl })
    expect(fonts.find((f) => f.file === 'NotoSansSC_700Bold.ttf')).toMatchObject({ name: ABOUT.notoSans, usedFor: [ABOUT.fontRoles.heading] })
    expect(fonts.find((f) => f.file === 'NotoSansSymbols2_400Regular.ttf')).toMatchObject({ name: ABOUT.notoSymbols, usedFor: [ABOUT.fallbackUse], licence: ABOUT.ofl })
    expect(fonts.find((f) => f.file === 'NotoEmoji_400Regular.ttf')).toMatchObject({ name: ABOUT.notoEmoji, usedFor: [ABOUT.fallbackUse], licence: ABOUT.ofl })
    expect(new Set(fonts.map((f) => f.file)).size).toBe(fonts.length)
  })

  it('finds the notices in resources when packaged, else in the repository, and says so when they are missing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'about-'))
    expect(noticesPathFor('/repo', dir)).toBe(join('/repo', 'assets', 'third-party-notices.txt'))
    await writeFile(join(dir, 'third-party-notices.txt'), 'notices')
    expect(noticesPathFor('/repo', dir)).toBe(join(dir, 'third-party-notices.txt'))
    expect(readNotices(join(dir, 'third-party-notices.txt'))).toBe('notices')
    expect(readNotices(join(dir, 'missing.txt'))).toBe(ABOUT.noticesMissing)
  })

  it('names the runtime: Electron and Chromium in the app, Node.js in web mode', () => {
    expect(runtimeLabel({ ...process.versions, electron: '41.7.1', chrome: '140.0.1' } as NodeJS.ProcessVersions)).toBe('Electron 41.7.1（Chromium 140.0.1）')
    expect(runtimeLabel({ ...process.versions, node: '20.20.2' })).toBe('Node.js 20.20.2')
  })

  it('puts it together', () => {
    const info = aboutInfo({ version: '1.2.3', supportedYears: [2026], fontsDir: '/nonexistent', noticesPath: '/nonexistent/n.txt' })
    expect(info).toMatchObject({ productName: '预算公开编制助手', version: '1.2.3', supportedYears: [2026], notices: ABOUT.noticesMissing })
  })
})
