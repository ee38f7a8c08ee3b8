// The IPC channel names the preload uses, kept free of zod so the sandboxed preload stays tiny;
// channels.test.ts checks they match core/api/contract.ts's EVENTS.
export const CALL_CHANNEL = 'budget:call'
export const EVENT_CHANNELS = ['menu:command', 'export:progress', 'app:closeRequested', 'document:pendingOpen'] as const
export type EventChannel = (typeof EVENT_CHANNELS)[number]

export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (EVENT_CHANNELS as readonly string[]).includes(name)
}
