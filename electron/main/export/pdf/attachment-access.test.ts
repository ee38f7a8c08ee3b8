// A document is untrusted: its attachment paths must not read outside its 附件 folder, hang on a
// FIFO, exhaust memory on /dev/zero or a huge file, or tell whether some other file exists.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES } from '../../documents/attachment-files'
import { attachmentRefused, attachmentSegments, readAttachmentFile } from './attachment-access'

function documentFolder(): { dir: string; outside: string } {
  const root = mkdtempSync(join(tmpdir(), 'attach-access-'))
  const dir = join(root, 'doc')
  mkdirSync(join(dir, '附件', '子'), { recursive: true })
  writeFileSync(join(dir, '附件', 'a.pdf'), '%PDF-1.7 inside')
  writeFileSync(join(dir, '附件', '子', 'b.pdf'), '%PDF-1.7 nested')
  writeFileSync(join(dir, 'beside.pdf'), '%PDF-1.7 beside')
  const outside = join(root, 'outside')
  mkdirSync(outside)
  writeFileSync(join(outside, 'secret.pdf'), '%PDF-1.7 secret')
  return { dir, outside }
}

const refusal = attachmentRefused('目录')

describe('attachment paths', () => {
  it('accepts only relative paths under 附件/ without . or .. segments', () => {
    expect(attachmentSegments('附件/a.pdf')).toEqual(['附件', 'a.pdf'])
    expect(attachmentSegments('附件\\子\\b.pdf')).toEqual(['附件', '子', 'b.pdf'])
    for (const bad of ['a.pdf', '/etc/passwd', 'C:\\x.pdf', 'c:x.pdf', '\\\\server\\share\\x.pdf', '附件/../secret.pdf', '附件/./a.pdf', '附件//a.pdf', '附件/', '附件/a\0.pdf', '../../../outside/secret.pdf']) {
      expect(attachmentSegments(bad), bad).toBeUndefined()
    }
  })

  it('reads a regular file inside 附件, nested folders included', async () => {
    const { dir } = documentFolder()
    expect(Buffer.from(await readAttachmentFile(dir, '附件/a.pdf', '目录')).toString()).toBe('%PDF-1.7 inside')
    expect(Buffer.from(await readAttachmentFile(dir, '附件/子/b.pdf', '目录')).toString()).toBe('%PDF-1.7 nested')
  })

  it('refuses traversal, absolute paths, files beside the document and missing files with one message', async () => {
    const { dir, outside } = documentFolder()
    for (const path of ['../outside/secret.pdf', '附件/../../outside/secret.pdf', join(outside, 'secret.pdf'), 'beside.pdf', '附件/不存在.pdf', '/etc/shadow', '/etc/passwd']) {
      await expect(readAttachmentFile(dir, path, '目录'), path).rejects.toThrow(refusal)
    }
  })

  it('refuses a symlink that leads out of 附件, to /dev/zero or to a FIFO, without hanging', async () => {
    const { dir, outside } = documentFolder()
    symlinkSync(join(outside, 'secret.pdf'), join(dir, '附件', 'link.pdf'))
    symlinkSync(outside, join(dir, '附件', 'out'))
    symlinkSync('/dev/zero', join(dir, '附件', 'zero.pdf'))
    execFileSync('mkfifo', [join(dir, '附件', 'fifo.pdf')])
    for (const path of ['附件/link.pdf', '附件/out/secret.pdf', '附件/zero.pdf', '附件/fifo.pdf']) {
      await expect(readAttachmentFile(dir, path, '目录'), path).rejects.toThrow(refusal)
    }
  })

  it('refuses a file over the stated size before reading it', async () => {
    const { dir } = documentFolder()
    // Sparse: the size is declared, no disk is used and nothing is read.
    writeFileSync(join(dir, '附件', 'huge.pdf'), '')
    truncateSync(join(dir, '附件', 'huge.pdf'), MAX_ATTACHMENT_BYTES + 1)
    await expect(readAttachmentFile(dir, '附件/huge.pdf', '目录')).rejects.toThrow(refusal)
    expect(refusal).toContain('不超过 100 MB')
    await expect(readAttachmentFile(dir, '附件/a.pdf', '目录', 8)).rejects.toThrow(attachmentRefused('目录', 8))
  })

  it('a symlink inside 附件 to another file inside it is followed', async () => {
    const { dir } = documentFolder()
    symlinkSync(join(dir, '附件', 'a.pdf'), join(dir, '附件', 'alias.pdf'))
    expect(Buffer.from(await readAttachmentFile(dir, '附件/alias.pdf', '目录')).toString()).toBe('%PDF-1.7 inside')
  })
})
