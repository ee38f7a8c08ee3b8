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
export type DocumentRef = z.infer<typeof DocumentRef>

const SampleId = z.enum(['000', '001', '004'])
const OpenedDocument = z.object({ document: Envelope, ref: DocumentRef, migratedFrom: z.number().optional() })
/** A recently opened file; `id` is opaque, so the renderer never sends a path back (rule 7). */
export const RecentFile = z.object({ id: z.string(), name: z.string(), location: z.string(), openedAt: z.string() })
/** Export progress, pushed as the `export:progress` event (Electron) and polled (web mode). */
export const ExportProgress = z.object({ running: z.boolean(), percent: z.number().min(0).max(100), label: z.string() })
export type ExportProgress = z.infer<typeof ExportProgress>

export const CONTRACT = {
  'app:info': {
    request: z.object({}),
    response: z.object({ version: z.string(), mode: z.enum(['electron', 'web']), supportedYears: z.array(z.number()), workspace: z.string().optional() }),
  },
  'app:setDirty': {
    /** The renderer reports unsaved changes so main can ask before the window closes. */
    request: z.object({ dirty: z.boolean() }),
    response: z.object({}),
  },
  'app:closeConfirmed': {
    /** After `app:closeRequested`, the officer saved or chose not to: main closes the window (web: no-op). */
    request: z.object({}),
    response: z.object({}),
  },
  'template:get': {
    request: z.object({ year: Year }),
    response: z.object({ year: z.number(), catalogFiles: z.object({ functional: z.string(), economicDepartment: z.string(), economicGovernment: z.string(), income: z.string() }), glossary: z.array(z.string()) }),
  },
  'document:new': {
    /** Starts an unsaved document (placeholder names the first step asks for): the next save asks where. */
    request: z.object({ budgetYear: Year, departmentName: z.string().trim().min(1).max(200).optional() }),
    response: z.object({ document: Envelope }),
  },
  'document:list': {
    request: z.object({}),
    response: z.object({ files: z.array(z.object({ name: z.string(), modifiedAt: z.string(), size: z.number() })) }),
  },
  'document:open': {
    /** Electron: empty → main shows its dialog. Web mode: a file name inside the workspace. */
    request: z.object({ name: DocumentName.optional() }),
    response: OpenedDocument,
  },
  'document:recent': {
    request: z.object({}),
    response: z.object({ files: z.array(RecentFile) }),
  },
  'document:openRecent': {
    request: z.object({ id: z.string().min(1).max(64) }),
    response: OpenedDocument,
  },
  'document:takePending': {
    /** A file passed on the command line or double-clicked (event `document:pendingOpen`); null when none. */
    request: z.object({}),
    response: z.object({ pending: OpenedDocument.nullable() }),
  },
  'document:openSample': {
    /** Never bound to the shipped file: the next save asks where. */
    request: z.object({ id: SampleId }),
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
    /** `document`: the journal as a valid document, when it is one; `state`: exactly what was written. */
    response: z.object({ available: z.boolean(), journaledAt: z.string().optional(), document: Envelope.optional(), state: z.unknown().optional(), documentName: z.string().optional() }),
  },
  'recovery:restore': {
    /** The officer restored the journal: saving goes back to the file it came from, if any. */
    request: z.object({}),
    response: z.object({ ref: DocumentRef.optional() }),
  },
  'recovery:discard': {
    request: z.object({}),
    response: z.object({}),
  },
  'export:run': {
    request: z.object({ document: Envelope, formats: Formats }),
    response: z.object({ folder: z.string(), files: z.array(z.string()) }),
  },
  'export:progress': {
    request: z.object({}),
    response: ExportProgress,
  },
  'export:openFolder': {
    /** Opens the last export folder (web mode: nothing to open; returns its name in the workspace). */
    request: z.object({}),
    response: z.object({ folder: z.string().optional() }),
  },
} as const

export type Method = keyof typeof CONTRACT
export type RequestOf<M extends Method> = z.input<(typeof CONTRACT)[M]['request']>
export type ResponseOf<M extends Method> = z.infer<(typeof CONTRACT)[M]['response']>
export const METHODS = Object.keys(CONTRACT) as Method[]

/** Commands of the application menu, sent to the renderer, which owns the document and its undo. */
export const MENU_COMMANDS = ['new', 'open', 'open-recent', 'save', 'save-as', 'import', 'export-xlsx', 'export-pdf', 'undo', 'redo', 'help', 'open-sample', 'about'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** Main → renderer events (Electron only; web mode polls `export:progress`). */
export const EVENTS = {
  'menu:command': z.object({ command: z.enum(MENU_COMMANDS), recentId: z.string().optional(), sampleId: SampleId.optional() }),
  'export:progress': ExportProgress,
  /** The window is closing with unsaved changes: ask, then call `app:closeConfirmed` (or do nothing to stay). */
  'app:closeRequested': z.object({}),
  /** A document was passed on the command line or by the OS: call `document:takePending`. */
  'document:pendingOpen': z.object({}),
} as const
export type EventName = keyof typeof EVENTS
export type EventPayload<E extends EventName> = z.infer<(typeof EVENTS)[E]>

/** What the preload exposes as `window.budgetApp` (and nothing else). */
export interface BudgetAppBridge {
  call(method: string, payload: unknown): Promise<unknown>
  /** Returns the unsubscribe function. */
  on(event: EventName, listener: (payload: unknown) => void): () => void
}
