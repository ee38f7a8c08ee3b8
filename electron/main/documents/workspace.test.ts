import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFs } from './fs-layer'
import { createWorkspace, fileNameProblem, isInside, safeFolderName } from './workspace'

let base: string
let root: string
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'ws-'))
  root = join(base, 'workspace')
  await mkdir(root)
  await writeFile(join(base, 'secret.json'), '{}')
  await writeFile(join(root, 'a.ysgk.json'), '{}')
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('workspace (web mode)', () => {
  const hostile = ['../secret.json', '..', '.', 'sub/../../secret.json', '..\\secret.json', '/etc/passwd', 'C:\\Windows\\win.ini', 'C:secret.json', 'a/b.json', 'a\u0000.json', '.hidden.json', 'CON', 'con.ysgk.json', 'name. ', '']
  for (const name of hostile) {
    it(`refuses ${JSON.stringify(name)}`, async () => {
      const ws = createWorkspace(nodeFs, root)
      expect(fileNameProblem(name)).toBeDefined()
      const save = ws.resolveForSave(name)
      expect(save.ok).toBe(false)
      if (!save.ok) expect(save.error.code).toBe('INVALID_REQUEST')
      expect((await ws.resolveExisting(name)).ok).toBe(false)
    })
  }

  it('refuses a symlink that points out of the workspace', async () => {
    await symlink(join(base, 'secret.json'), join(root, 'link.json'))
    const r = await createWorkspace(nodeFs, root).resolveExisting('link.json')
    expect(r.ok).toBe(false)
  })

  it('resolves plain names inside the folder and adds the extension for saving', async () => {
    const ws = createWorkspace(nodeFs, root)
    expect(ws.resolveForSave('2026年预算')).toEqual({ ok: true, value: join(root, '2026年预算.ysgk.json') })
    expect(ws.resolveForSave('b.json')).toEqual({ ok: true, value: join(root, 'b.json') })
    const existing = await ws.resolveExisting('a.ysgk.json')
    expect(existing.ok && existing.value.endsWith('a.ysgk.json')).toBe(true)
  })

  it('no random name ever resolves outside the folder', () => {
    const ws = createWorkspace(nodeFs, root)
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('.', '/', '\\', 'a', ':', '中', '\u0000', ' ', 'C') , maxLength: 12 }), (name) => {
        const r = ws.resolveForSave(name)
        if (r.ok) expect(isInside(root, r.value)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('lists documents only, newest first', async () => {
    await writeFile(join(root, 'notes.txt'), 'x')
    await mkdir(join(root, 'dir.json'))
    await writeFile(join(root, 'b.json'), '{"x":1}')
    const r = await createWorkspace(nodeFs, root).list()
    expect(r.ok && r.value.map((f) => f.name).sort()).toEqual(['a.ysgk.json', 'b.json'])
  })

  it('makes a safe export folder name', () => {
    expect(safeFolderName('示例局2026年部门预算公开.ysgk.json')).toBe('示例局2026年部门预算公开')
    expect(safeFolderName('../..')).toBe('_')
    expect(safeFolderName('...')).toBe('未命名文档')
    expect(safeFolderName('a/b:c')).toBe('a_b_c')
  })
})
