// The IPC contract, declared once (architecture rule 6): method names `namespace:verb` with the zod
// schemas of their requests and responses. Electron's ipcMain, the local web host and tests all
// register the same handlers against it; main parses every request before a handler sees it.
import { z } from 'zod'
import { Envelope } from '../document/envelope'
import { Year } from '../model/primitives'

const DocumentName = z.string().min(1).max(200).regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, { error: '文件名不能包含 / \\ : * ? " < > | 等字符' })
const Formats = z.array(z.enum(['xlsx', 'pdf', 'json', 'txt'])).min(1)

/** Where a document lives, as the renderer may know it: a display name, never a writable path. */
export const DocumentRef = z.object({ name: z.string(), location: z.string() })

export const CONTRACT = {
  'app:info': {
    request: z.object({}),
    response: z.object({ version: z.string(), mode: z.enum(['electron', 'web']), supportedYears: z.array(z.number()), workspace: z.string().optional() }),
  },
  'template:get': {
    request: z.object({ year: Year }),
    response: z.object({ year: z.number(), catalogFiles: z.object({ functional: z.string(), economicDepartment: z.string(), economicGovernment: z.string(), income: z.string() }), glossary: z.array(z.string()) }),
  },
  'document:new': {
    request: z.object({ budgetYear: Year }),
    response: z.object({ document: Envelope }),
  },
  'document:list': {
    request: z.object({}),
    response: z.object({ files: z.array(z.object({ name: z.string(), modifiedAt: z.string(), size: z.number() })) }),
  },
  'document:open': {
    /** Electron: empty → main shows its dialog. Web mode: a file name inside the workspace. */
    request: z.object({ name: DocumentName.optional() }),
    response: z.object({ document: Envelope, ref: DocumentRef, migratedFrom: z.number().optional() }),
  },
  'document:openSample': {
    request: z.object({ id: z.enum(['000', '001', '004']) }),
    response: z.object({ document: Envelope }),
  },
  'document:save': {
    /** Saves over the file this session opened or last saved; NO_PATH when there is none. */
    request: z.object({ document: Envelope }),
    response: z.object({ ref: DocumentRef, savedAt: z.string() }),
  },
  'document:saveAs': {
    request: z.object({ document: Envelope, name: DocumentName.optional() }),
    response: z.object({ ref: DocumentRef, savedAt: z.string() }),
  },
  'recovery:write': {
    /** The whole editing state, including cells whose text does not parse yet: nothing typed is lost. */
    request: z.object({ document: z.unknown() }),
    response: z.object({ journaledAt: z.string() }),
  },
  'recovery:check': {
    request: z.object({}),
    response: z.object({ available: z.boolean(), journaledAt: z.string().optional(), document: Envelope.optional() }),
  },
  'recovery:discard': {
    request: z.object({}),
    response: z.object({}),
  },
  'export:run': {
    request: z.object({ document: Envelope, formats: Formats }),
    response: z.object({ folder: z.string(), files: z.array(z.string()) }),
  },
  'export:openFolder': {
    request: z.object({}),
    response: z.object({}),
  },
} as const

export type Method = keyof typeof CONTRACT
export type RequestOf<M extends Method> = z.input<(typeof CONTRACT)[M]['request']>
export type ResponseOf<M extends Method> = z.infer<(typeof CONTRACT)[M]['response']>
export const METHODS = Object.keys(CONTRACT) as Method[]
