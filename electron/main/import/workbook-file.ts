// What a file chosen as a workbook really is, told from its bytes before any reader runs: an .xlsx
// is a zip holding xl/workbook.xml; an encrypted .xlsx and an old .xls are both OLE compound files
// (CFB), told apart by their streams (EncryptionInfo / Workbook). Each refusal says the true reason.
import { unzipSync } from 'fflate'

/** Larger workbooks are refused before they are read: a budget import is a few MB at most. */
export const MAX_WORKBOOK_BYTES = 64 * 1024 * 1024

export type WorkbookFileKind = { ok: true; names: string[] } | { ok: false; message: string }

const SAVE_AS = '请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后重新导入'
export const NOT_XLSX = '所选文件不是 .xlsx 文件'
export const ENCRYPTED = '文件已加密（设置了打开密码），无法读取；请在 Excel 或 WPS 中取消打开密码，另存后重新导入'
export const OLD_XLS = '这是旧版 .xls 文件，请另存为 .xlsx（在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”）后重新导入'

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const FREE = 0xffffffff
const END_OF_CHAIN = 0xfffffffe

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/**
 * The names of the storages and streams in an OLE compound file, or undefined when its header or
 * directory is damaged. Reads only the FAT chain of the directory; every index is bounds-checked.
 */
export function compoundFileNames(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512 || !startsWith(bytes, CFB_MAGIC)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.getUint16(0x1e, true)
  if (shift !== 9 && shift !== 12) return undefined
  const size = 1 << shift
  const sectorCount = Math.floor((bytes.length - size) / size)
  const sectorOffset = (n: number) => (n + 1) * size
  const validSector = (n: number) => n < sectorCount && sectorOffset(n) + size <= bytes.length
  // The FAT's own sectors: 109 listed in the header, more in the DIFAT chain.
  const fatSectors: number[] = []
  for (let i = 0; i < 109; i++) {
    const s = view.getUint32(0x4c + i * 4, true)
    if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s)
  }
  let difat = view.getUint32(0x44, true)
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE && hops < sectorCount; hops++) {
    if (!validSector(difat)) return undefined
    const base = sectorOffset(difat)
    for (let i = 0; i < size / 4 - 1; i++) {
      const s = view.getUint32(base + i * 4, true)
      if (s !== FREE && s !== END_OF_CHAIN) fatSectors.push(s)
    }
    difat = view.getUint32(base + size - 4, true)
  }
  const perSector = size / 4
  const next = (n: number): number | undefined => {
    const fat = fatSectors[Math.floor(n / perSector)]
    if (fat === undefined || !validSector(fat)) return undefined
    return view.getUint32(sectorOffset(fat) + (n % perSector) * 4, true)
  }
  const names: string[] = []
  let sector: number | undefined = view.getUint32(0x30, true)
  for (let hops = 0; sector !== undefined && sector !== END_OF_CHAIN; hops++) {
    if (hops > sectorCount || !validSector(sector)) return undefined
    for (let e = 0; e < size / 128; e++) {
      const at = sectorOffset(sector) + e * 128
      const type = bytes[at + 66]
      const length = view.getUint16(at + 64, true)
      if ((type !== 1 && type !== 2 && type !== 5) || length < 2 || length > 64) continue
      let name = ''
      for (let i = 0; i < length / 2 - 1; i++) name += String.fromCharCode(view.getUint16(at + i * 2, true))
      names.push(name)
    }
    sector = next(sector)
  }
  return names
}

function compoundFileKind(bytes: Uint8Array): string {
  const names = compoundFileNames(bytes)
  if (!names) return `${NOT_XLSX}：它是已损坏的 Office 文件，无法识别`
  const has = (n: string) => names.some((x) => x.toLowerCase() === n.toLowerCase())
  if (has('EncryptionInfo') || has('EncryptedPackage')) return ENCRYPTED
  if (has('Workbook') || has('Book')) return OLD_XLS
  if (has('WordDocument')) return `${NOT_XLSX}：这是 Word 文档（.doc），请选择 Excel 工作簿`
  if (has('PowerPoint Document')) return `${NOT_XLSX}：这是 PowerPoint 演示文稿，请选择 Excel 工作簿`
  return `${NOT_XLSX}：这是其他 Office 文件，请选择 Excel 工作簿`
}

function zipKind(names: readonly string[]): string | undefined {
  const has = (n: string) => names.includes(n)
  if (has('xl/workbook.xml')) return undefined
  if (has('xl/workbook.bin')) return `${NOT_XLSX}：这是 .xlsb（二进制）工作簿。${SAVE_AS}`
  if (has('word/document.xml')) return `${NOT_XLSX}：这是 Word 文档（.docx），请选择 Excel 工作簿`
  if (names.some((n) => n.startsWith('ppt/'))) return `${NOT_XLSX}：这是 PowerPoint 演示文稿（.pptx），请选择 Excel 工作簿`
  if (has('content.xml') && has('mimetype')) return `${NOT_XLSX}：这是 OpenDocument 文件（如 .ods）。请在 WPS 或 LibreOffice 中打开，另存为 .xlsx 后重新导入`
  return `${NOT_XLSX}：这是一个压缩包，其中没有 Excel 工作簿`
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096)
  if (head.length === 0) return false
  let control = 0
  for (const b of head) {
    if (b === 0) return false
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return control * 100 < head.length
}

/** Whether the bytes are a zip holding an Excel workbook (with the zip's part names), or the true reason they are not. */
export function identifyWorkbookFile(bytes: Uint8Array): WorkbookFileKind {
  if (bytes.length === 0) return { ok: false, message: `${NOT_XLSX}：文件是空的` }
  if (startsWith(bytes, CFB_MAGIC)) return { ok: false, message: compoundFileKind(bytes) }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names: string[] = []
    try {
      // Only the central directory is read: the filter declines every entry, nothing is inflated.
      unzipSync(bytes, {
        filter: (f) => {
          names.push(f.name)
          return false
        },
      })
    } catch {
      return { ok: false, message: `${NOT_XLSX}：压缩包已损坏或不完整，无法打开；请确认文件已完整保存或下载` }
    }
    const refusal = zipKind(names)
    return refusal ? { ok: false, message: refusal } : { ok: true, names }
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, message: `${NOT_XLSX}：这是 PDF 文件，请选择 Excel 工作簿` }
  if (looksLikeText(bytes)) return { ok: false, message: `${NOT_XLSX}：这是文本文件（如 CSV 或网页）。${SAVE_AS}` }
  return { ok: false, message: `${NOT_XLSX}：无法识别的文件格式，请选择 Excel 工作簿（.xlsx）` }
}
