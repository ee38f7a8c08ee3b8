// exceljs zips the parts with the current time (JSZip, no date option), so two exports of the same
// document differ by their zip headers only. Rewriting the MS-DOS date/time of every entry, in the
// local headers and the central directory, makes the output byte-identical for a fixed
// `generatedAt`. The CRCs cover the contents, not the headers, so nothing else changes.

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()))
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  }
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) if (buf.readUInt32LE(i) === EOCD) return i
  throw new Error('xlsx 文件结构异常：找不到 ZIP 目录')
}

/** Sets every entry's modification time to `date` (UTC); returns the same buffer. */
export function setZipEntryDates(buf: Buffer, date: Date): Buffer {
  const dos = dosDateTime(date)
  const eocd = findEndOfCentralDirectory(buf)
  const entries = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error('xlsx 文件结构异常：ZIP 目录项损坏')
    buf.writeUInt16LE(dos.time, p + 12)
    buf.writeUInt16LE(dos.date, p + 14)
    const local = buf.readUInt32LE(p + 42)
    if (buf.readUInt32LE(local) !== LOCAL) throw new Error('xlsx 文件结构异常：ZIP 文件头损坏')
    buf.writeUInt16LE(dos.time, local + 10)
    buf.writeUInt16LE(dos.date, local + 12)
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
  }
  return buf
}
