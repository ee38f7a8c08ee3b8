// The main process's user-facing text, in one place: menu labels, dialog titles, messages.
export const APP_NAME = '预算公开编制助手'

export const MENU = {
  file: '文件',
  new: '新建',
  open: '打开…',
  recent: '最近打开',
  recentEmpty: '（无）',
  clearRecent: '清除最近打开列表',
  save: '保存',
  saveAs: '另存为…',
  import: '导入…',
  importCatalog: '导入科目表…',
  exportXlsx: '导出 Excel…',
  exportPdf: '导出 PDF…',
  exportDocx: '导出 Word…',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  help: '帮助',
  manual: '使用说明',
  openSample: '打开示例',
  about: '关于',
  devTools: '开发者工具',
} as const

export const SAMPLE_LABELS: Record<'000' | '001' | '004', string> = {
  '000': '孝义市行政审批服务管理局 2025',
  '001': '孝义经济开发区管理委员会 2024',
  '004': '大同市行政审批服务管理局 2026',
}

export const DIALOG = {
  openTitle: '打开预算公开文档',
  saveTitle: '保存预算公开文档',
  exportTitle: '选择导出文件夹',
  exportButton: '导出到此文件夹',
  attachmentTitle: '选择要附加的 PDF 文件',
  priorDocumentTitle: '选择上年的预算公开文档',
  documentFilter: '预算公开文档',
  workbookFilter: 'Excel 工作簿',
  catalogFilter: '科目表（Excel 或 CSV）',
  catalogTitle: '选择要导入的科目表',
  importTitle: '选择要导入的 Excel 工作簿',
  templateTitle: '保存导入模板',
  rolloverTitle: '选择上年的预算公开文档',
  publishedTitle: '选择上年公开发布的部门预算文件（PDF、Word 或文本）',
  publishedFilter: '上年公开文件（PDF、Word、文本）',
  mergeTitle: '选择所属单位的预算公开文档',
  allFilesFilter: '所有文件',
} as const

export const MESSAGES = {
  cancelled: '已取消',
  noPath: '文档尚未保存过，请选择保存位置（另存为）',
  nameRequired: '请填写文件名',
  sampleMissing: '找不到此示例文档',
  exportBusy: '正在导出，请等待当前导出完成',
  exportNone: '还没有导出过文件',
  recentMissing: '此文件已不在最近打开列表中',
  untitled: '未命名部门',
  regionUnknown: '未填写',
  workspaceLocation: '工作文件夹',
  openFolderFailed: '无法打开文件夹',
} as const

/** 关于 (app:about): what each PDF font role is used for, and the licences of the fonts. */
export const ABOUT = {
  fontRoles: { body: '正文与表格', heading: '标题', title: '封面与部分标题' },
  notoSerif: 'Noto Serif SC（思源宋体）',
  notoSans: 'Noto Sans SC（思源黑体）',
  notoSymbols: 'Noto Sans Symbols 2（符号）',
  notoEmoji: 'Noto Emoji（表情，单色）',
  fallbackUse: '缺字备用（扩展区汉字、符号、表情）',
  ofl: 'SIL Open Font License 1.1（允许嵌入 PDF 并随程序分发）',
  ownFont: '本单位配置的字体，许可以字体厂商为准（请确认允许嵌入 PDF）',
  noticesMissing: '未找到第三方许可声明文件（third-party-notices.txt）。',
} as const
