// Web mode's downloads and uploads.
export const transferText = {
  transfer: {
    uploadWorkbook: '从本机上传工作簿…',
    uploadPdf: '从本机上传 PDF…',
    uploadFailed: '上传失败',
    uploaded: (name: string) => `已上传“${name}”`,
    refresh: '刷新列表',
    downloadAll: '全部下载（zip）',
    downloadHint: '点击文件名下载到本机',
    downloadFailed: '下载失败',
    exportedFiles: '导出的文件',
    exportReady: '导出完成，请把文件下载到本机',
  },
} as const
