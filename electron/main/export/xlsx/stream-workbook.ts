// Both workbooks are written with exceljs's streaming writer: a row becomes XML as soon as it is
// complete, a finished sheet is compressed (zlib, on a worker thread) while the next one is laid
// out, and the file grows on disk instead of in memory. exceljs 4.4's streaming writer leaves out
// three things its in-memory writer writes; they are filled in here, so the file is the same:
//   - the zip entries' dates: every entry is dated `generatedAt` (UTC, as zip-dates.ts reads them),
//     so two exports of the same document are byte for byte the same;
//   - the Company of docProps/app.xml (the department's name in the file's properties);
//   - each sheet's <printOptions> (horizontally centred pages).
import ExcelJS from 'exceljs'
import { Writable } from 'node:stream'
import type { Worksheet } from 'exceljs'

interface ZipEntryData {
  name: string
  date?: Date
}

/** The archiver instance the streaming writer zips into (exceljs keeps it in `zip`). */
interface ZipArchive {
  append(source: unknown, data: ZipEntryData): unknown
  on(event: 'entry', listener: (data: ZipEntryData) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
}

/** What exceljs's WorksheetWriter keeps and writes at commit (exceljs/lib/stream/xlsx/worksheet-writer.js). */
interface SheetWriterInternals {
  id: number
  pageSetup: { horizontalCentered?: boolean; verticalCentered?: boolean }
  stream: Writable
  _writePageMargins(): void
}

/** exceljs's in-memory writer, whose app.xml writer takes the whole model (exceljs/lib/xlsx/xlsx.js). */
interface AppXmlWriter {
  addApp(zip: ZipArchive, model: { worksheets: unknown[]; company: string }): Promise<void>
}

/**
 * zlib's default level, as the in-memory writer compresses: the streaming writer's own default
 * (level 1) makes the files ~15 % larger for no time that shows (compression runs off the main thread).
 */
const ZIP_LEVEL = 6
/** Sheets laid out but not yet zipped; 8 keeps the zip busy without holding more than a few sheets' XML. */
const SHEETS_IN_FLIGHT = 8

export interface ExportWorkbookOptions {
  /** Where the zip is written; the workbook's commit resolves once it has finished. */
  stream: Writable
  /** The export time: the workbook's created/modified dates and every zip entry's date. */
  generatedAt: Date
}

function printOptionsXml(setup: SheetWriterInternals['pageSetup']): string {
  const flags = [setup.horizontalCentered ? ' horizontalCentered="1"' : '', setup.verticalCentered ? ' verticalCentered="1"' : ''].join('')
  return flags ? `<printOptions${flags}/>` : ''
}

export class ExportWorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
  declare private archive: ZipArchive
  private readonly zipped = new Set<string>()
  private readonly waiting = new Map<string, () => void>()
  private readonly failure: Promise<never>
  private readonly pending: string[] = []

  constructor(options: ExportWorkbookOptions) {
    // `created` is read by the zip setter below, which the base constructor calls.
    super({ stream: options.stream, useStyles: true, useSharedStrings: true, created: options.generatedAt, modified: options.generatedAt, zip: { zlib: { level: ZIP_LEVEL } } } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0])
    this.archive.on('entry', (data) => {
      this.zipped.add(data.name)
      this.waiting.get(data.name)?.()
      this.waiting.delete(data.name)
    })
    this.failure = new Promise<never>((_, reject) => this.archive.on('error', reject))
    this.failure.catch(() => undefined)
  }

  // The base constructor creates the archive and at once zips the theme and relationships into it:
  // every entry, those included, gets the export time as its date.
  private set zip(zip: ZipArchive) {
    const append = zip.append.bind(zip)
    const date = this.created
    zip.append = (source, data) => append(source, { ...data, date })
    this.archive = zip
  }

  private get zip(): ZipArchive {
    return this.archive
  }

  override addWorksheet(name?: string, options?: Partial<ExcelJS.AddWorksheetOptions>): Worksheet {
    const ws = super.addWorksheet(name, options)
    const internals = ws as unknown as SheetWriterInternals
    const writeMargins = internals._writePageMargins.bind(internals)
    // <printOptions> comes right before <pageMargins> in a worksheet (ECMA-376 CT_Worksheet).
    internals._writePageMargins = () => {
      const xml = printOptionsXml(internals.pageSetup)
      if (xml) internals.stream.write(xml)
      writeMargins()
    }
    return ws
  }

  override addApp(): Promise<void> {
    const worksheets = (this as unknown as { _worksheets: unknown[] })._worksheets.filter(Boolean)
    return (new ExcelJS.Workbook().xlsx as unknown as AppXmlWriter).addApp(this.archive, { worksheets, company: this.company ?? '' })
  }

  /**
   * Ends a sheet whose rows are all committed. Waits while more than SHEETS_IN_FLIGHT sheets are
   * not zipped yet: the file is written as the sheets are laid out, and at most that many sheets'
   * XML wait in memory.
   */
  async commitSheet(ws: Worksheet): Promise<void> {
    ws.commit()
    this.pending.push(`xl/worksheets/sheet${(ws as unknown as SheetWriterInternals).id}.xml`)
    while (this.pending.length > SHEETS_IN_FLIGHT) await Promise.race([this.entryZipped(this.pending.shift() as string), this.failure])
  }

  private entryZipped(name: string): Promise<void> {
    if (this.zipped.has(name)) return Promise.resolve()
    return new Promise((resolve) => this.waiting.set(name, resolve))
  }

  override async commit(): Promise<void> {
    await Promise.race([super.commit(), this.failure])
  }
}

/** The bytes of a workbook written by `write` (small workbooks, tests and re-reads). */
export async function workbookBytes(write: (out: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = []
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk)
      done()
    },
  })
  await write(out)
  return Buffer.concat(chunks)
}
