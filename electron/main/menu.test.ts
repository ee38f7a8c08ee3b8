import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, recentLabel, type MenuActions } from './menu'

const actions = () => ({ command: vi.fn<MenuActions['command']>(), clearRecent: vi.fn(), quit: vi.fn(), toggleDevTools: vi.fn() })
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[]
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label)
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)()

describe('application menu', () => {
  it('has 文件, 编辑 and 帮助 with the issue’s items, in Chinese', () => {
    const t = buildMenuTemplate({ platform: 'win32', recent: [], actions: actions(), isDev: false })
    expect(t.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '帮助(&H)'])
    expect(labels(submenu(t[0]))).toEqual(['新建', '打开…', '最近打开', '保存', '另存为…', '导入…', '导入科目表…', '导出 Excel…', '导出 PDF…', '导出 Word…', '退出'])
    expect(labels(submenu(t[1])).slice(0, 2)).toEqual(['撤销', '重做'])
    expect(labels(submenu(t[2]))).toEqual(['使用说明', '打开示例', '关于'])
  })

  it('sends each document command to the renderer', () => {
    const a = actions()
    const t = buildMenuTemplate({ platform: 'linux', recent: [], actions: a, isDev: false })
    const byLabel = (menu: number, label: string) => submenu(t[menu]).find((i) => i.label === label)
    const expected: Array<[number, string, string]> = [
      [0, '新建', 'new'], [0, '打开…', 'open'], [0, '保存', 'save'], [0, '另存为…', 'save-as'], [0, '导入…', 'import'], [0, '导入科目表…', 'import-catalog'],
      [0, '导出 Excel…', 'export-xlsx'], [0, '导出 PDF…', 'export-pdf'], [0, '导出 Word…', 'export-docx'], [1, '撤销', 'undo'], [1, '重做', 'redo'], [2, '使用说明', 'help'], [2, '关于', 'about'],
    ]
    for (const [menu, label, command] of expected) {
      a.command.mockClear()
      click(byLabel(menu, label))
      expect(a.command, label).toHaveBeenCalledWith(command)
    }
    click(byLabel(0, '退出'))
    expect(a.quit).toHaveBeenCalledOnce()
    expect(byLabel(0, '保存')?.accelerator).toBe('CmdOrCtrl+S')
  })

  it('lists recent files by opaque id and can clear them', () => {
    const a = actions()
    const t = buildMenuTemplate({ platform: 'win32', recent: [{ id: 'abc', name: 'R&D预算.ysgk.json', location: 'D:\\报表' }], actions: a, isDev: false })
    const recent = submenu(submenu(t[0]).find((i) => i.label === '最近打开'))
    expect(recent[0]?.label).toBe('&1 R&&D预算.ysgk.json  —  D:\\报表')
    click(recent[0])
    expect(a.command).toHaveBeenCalledWith('open-recent', { recentId: 'abc' })
    click(recent.find((i) => i.label === '清除最近打开列表'))
    expect(a.clearRecent).toHaveBeenCalledOnce()
    const empty = submenu(submenu(buildMenuTemplate({ platform: 'win32', recent: [], actions: a, isDev: false })[0]).find((i) => i.label === '最近打开'))
    expect(empty).toEqual([{ label: '（无）', enabled: false }])
  })

  it('opens the samples from 帮助', () => {
    const a = actions()
    const samples = submenu(submenu(buildMenuTemplate({ platform: 'win32', recent: [], actions: a, isDev: false })[2]).find((i) => i.label === '打开示例'))
    expect(samples).toHaveLength(3)
    click(samples[2])
    expect(a.command).toHaveBeenCalledWith('open-sample', { sampleId: '004' })
  })

  it('adds the app menu on macOS and developer tools only in development', () => {
    expect(buildMenuTemplate({ platform: 'darwin', recent: [], actions: actions(), isDev: false })[0]).toEqual({ role: 'appMenu' })
    const dev = buildMenuTemplate({ platform: 'linux', recent: [], actions: actions(), isDev: true })
    expect(labels(submenu(dev[2]))).toContain('开发者工具')
  })

  it('numbers only the first nine recent files', () => {
    expect(recentLabel({ id: 'x', name: 'a', location: 'b' }, 9)).toBe('a  —  b')
  })
})
