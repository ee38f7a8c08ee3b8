// pdfkit writes a page's content one operator at a time, and turns each operator's text into a
// Buffer of its own (`Buffer.from(op + '\n', 'binary')`) that is concatenated once the page ends.
// A table page is thousands of operators (every border: width, cap, join, colour, dash, move,
// line, stroke), so a large department allocates millions of tiny buffers. Here the operators'
// text is gathered as strings and turned into one Buffer when binary data comes between them or
// the object ends: the same bytes, the same /Length, in one allocation.
import { createRequire } from 'node:module'

interface Reference {
  data: Record<string, unknown> & { Length?: number }
  compress: boolean
  uncompressedLength: number
  buffer: Uint8Array[]
  /** Operators' text not yet in `buffer`. */
  __pending?: string[]
  write(chunk: unknown): void
  finalize(): void
}

type ReferenceProto = Reference & { __gathersWrites?: true }

function flush(ref: Reference): void {
  const pending = ref.__pending
  if (!pending || pending.length === 0) return
  ref.buffer.push(Buffer.from(pending.join(''), 'latin1'))
  ref.__pending = undefined
}

/** The prototype of pdfkit's PDFReference (not exported: read off a reference of a scratch document). */
function referencePrototype(): ReferenceProto {
  const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'))
  const PDFDocument = fromPdfmake('pdfkit') as new (options: { autoFirstPage: boolean }) => { ref(data?: object): unknown }
  return Object.getPrototypeOf(new PDFDocument({ autoFirstPage: false }).ref({})) as ReferenceProto
}

/** Makes pdfkit gather each object's written text into one Buffer (once per process). */
export function gatherContentWrites(): void {
  const proto = referencePrototype()
  if (proto.__gathersWrites) return
  const write = proto.write
  const finalize = proto.finalize
  proto.write = function (this: Reference, chunk: unknown) {
    if (chunk instanceof Uint8Array) {
      flush(this)
      write.call(this, chunk)
      return
    }
    // As pdfkit does: the text and a newline, one byte per character ('binary' is latin1).
    const text = `${chunk}\n`
    ;(this.__pending ??= []).push(text)
    this.uncompressedLength += text.length
    this.data.Length = (this.data.Length ?? 0) + text.length
    if (this.compress) this.data.Filter = 'FlateDecode'
  }
  proto.finalize = function (this: Reference) {
    flush(this)
    finalize.call(this)
  }
  proto.__gathersWrites = true
}
