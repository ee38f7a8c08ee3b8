// The MS-DOS date and time in the zip headers of an exported workbook. exceljs dates every entry
// with the current time unless told otherwise; the export dates them `generatedAt` instead
// (stream-workbook.ts), so two exports of the same document are byte-identical. The zip writer
// stores the UTC fields, as here (years from 1980; it keeps them before 2044).

export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()))
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  }
}
