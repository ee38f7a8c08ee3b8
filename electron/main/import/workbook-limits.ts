// An imported workbook is untrusted: a few KB can declare a million rows, a cell at XFD1048576 or a
// zip that inflates to gigabytes. Before exceljs builds its model we read the zip's entries as a
// stream and count rows and cells (no more than the byte budget is ever inflated); while converting
// we walk only the cells that exist. Every limit is stated in the Chinese message.
import { Unzip, UnzipInflate } from 'fflate'

export interface WorkbookLimits {
  /** Total inflated size of every part of the zip. */
  maxInflatedBytes: number
  /** `<row>` elements over all sheets. */
  maxRows: number
  /** `<c>` elements over all sheets. */
  maxCells: number
  /** Highest row number and column number a cell with content may have. */
  maxRowNumber: number
  maxColumnNumber: number
}

export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRows: 100_000,
  maxCells: 1_000_000,
  maxRowNumber: 100_000,
  maxColumnNumber: 1_000,
}

/** A workbook refused for a reason the message states to the officer as is (Chinese). */
export class WorkbookRefused extends Error {}
export class WorkbookTooLarge extends WorkbookRefused {}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i
/** Enough of a chunk's end to hold a split `<x:row ` (a prefix of up to 10 characters). */
const TAIL = 16

/** Counts `<row ` / `<c ` openings (with or without a namespace prefix) in a chunk; `carry` holds the previous chunk's last bytes. */
function countTags(text: string, carryLength: number, tag: RegExp): number {
  let n = 0
  tag.lastIndex = 0
  for (let m = tag.exec(text); m; m = tag.exec(text)) if (m.index + m[0].length > carryLength) n++
  return n
}

export interface WorkbookScan {
  rows: number
  cells: number
  inflatedBytes: number
}

/** Throws WorkbookTooLarge (Chinese message) as soon as a limit is passed; other zip errors pass through. */
export function scanWorkbookZip(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): WorkbookScan {
  const scan: WorkbookScan = { rows: 0, cells: 0, inflatedBytes: 0 }
  let failure: Error | undefined
  const unzip = new Unzip()
  unzip.register(UnzipInflate)
  unzip.onfile = (file) => {
    const isSheet = SHEET_PART.test(file.name)
    let carry = ''
    file.ondata = (error, chunk, final) => {
      if (failure) return
      if (error) {
        failure = error
        return
      }
      scan.inflatedBytes += chunk.length
      if (scan.inflatedBytes > limits.maxInflatedBytes) {
        failure = new WorkbookTooLarge(`工作簿解压后超过 ${Math.round(limits.maxInflatedBytes / 1048576)} MB，超出导入上限；请删除多余的工作表或内容后重试`)
        file.terminate()
        return
      }
      if (!isSheet) return
      const text = carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1')
      scan.rows += countTags(text, carry.length, /<(?:\w{1,10}:)?row[\s>/]/g)
      scan.cells += countTags(text, carry.length, /<(?:\w{1,10}:)?c[\s>/]/g)
      carry = final ? '' : text.slice(-TAIL)
      if (scan.rows > limits.maxRows) failure = new WorkbookTooLarge(`工作簿的行数超过 ${limits.maxRows} 行，超出导入上限；请删除多余的行或分成几个工作簿导入`)
      else if (scan.cells > limits.maxCells) failure = new WorkbookTooLarge(`工作簿的单元格超过 ${limits.maxCells} 个，超出导入上限；请删除多余的内容或分成几个工作簿导入`)
      if (failure) file.terminate()
    }
    file.start()
  }
  unzip.push(bytes, true)
  if (failure) throw failure
  return scan
}
