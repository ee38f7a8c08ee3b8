// A PDF's named destinations (pdfmake writes one per node with an `id`), read from the catalog's
// /Names /Dests tree: the page each one is on and the rest of its view (/XYZ left top zoom).
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument } from 'pdf-lib'

export interface NamedDestination {
  /** 0-based page index. */
  page: number
  /** The destination without its page: /XYZ left top zoom (or /Fit …). */
  view: PDFArray
}

function nameKey(o: unknown): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined
}

/** Named destination → its page and view. */
export function namedDestinations(doc: PDFDocument): Map<string, NamedDestination> {
  const pageIndex = new Map<PDFRef, number>(doc.getPages().map((p, i) => [p.ref, i]))
  const out = new Map<string, NamedDestination>()
  const visit = (node: PDFDict | undefined): void => {
    if (!node) return
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)
    if (names) {
      for (let i = 0; i + 1 < names.size(); i += 2) {
        const key = nameKey(names.lookup(i))
        let dest = names.lookup(i + 1)
        if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'))
        const target = dest instanceof PDFArray ? dest.get(0) : undefined
        if (key === undefined || !(dest instanceof PDFArray) || !(target instanceof PDFRef) || !pageIndex.has(target)) continue
        const view = doc.context.obj(dest.asArray().slice(1))
        out.set(key, { page: pageIndex.get(target) as number, view })
      }
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
    if (kids) for (let i = 0; i < kids.size(); i++) visit(kids.lookup(i, PDFDict))
  }
  const namesDict = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)
  visit(namesDict?.lookupMaybe(PDFName.of('Dests'), PDFDict))
  return out
}

/** Named destination → page index. */
export function namedDestinationPages(doc: PDFDocument): Map<string, number> {
  return new Map([...namedDestinations(doc)].map(([name, d]) => [name, d.page]))
}
