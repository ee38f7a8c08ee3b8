// A document main opened has passed its loader's schemas already; checking its 4,220 lines again
// on the UI thread held the first step back on a large department. Its envelope is checked here and
// its data only to the section level: the live analysis checks every row with the same schemas (in
// the worker, validate-draft.ts) and shows any problem as a finding, and saving checks it all.
import { z } from 'zod'
import { CONTRACT, type Method } from '../../../core/api/contract'
import { Envelope } from '../../../core/document/envelope'
import { DocumentDataShape } from '../../../core/model/document-data'

const DraftEnvelope = Envelope.extend({ data: z.object(Object.fromEntries(Object.keys(DocumentDataShape.shape).map((k) => [k, z.unknown().optional()]))).loose() })
const openedShape = (schema: z.ZodType) => (schema as z.ZodObject).extend({ document: DraftEnvelope })

/** The responses that carry an opened document, with the check the client makes of each. */
export const SECTION_CHECKED: Partial<Record<Method, z.ZodType>> = {
  'document:open': openedShape(CONTRACT['document:open'].response),
  'document:openRecent': openedShape(CONTRACT['document:openRecent'].response),
  'document:openSample': openedShape(CONTRACT['document:openSample'].response),
  'document:takePending': z.object({ pending: openedShape((CONTRACT['document:takePending'].response as z.ZodObject).shape.pending.unwrap() as z.ZodType).nullable() }),
}
