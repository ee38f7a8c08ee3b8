// Files handed between the browser and the web host (web mode only; the desktop app keeps its
// native dialogs): the exported files downloaded one by one or as one zip, and a workbook or PDF
// attachment uploaded from the officer's own disk into the workspace. Content travels as base64
// inside the usual JSON request, so every transfer passes the same token and schema checks.
import { z } from 'zod'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** A plain file name: no folder part, no characters Windows refuses. */
export const TransferName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, { error: '文件名不能包含 / \\ : * ? " < > | 等字符' })
  .refine((n) => n !== '.' && n !== '..', { error: '文件名无效' })

export const DownloadRequest = z.union([
  /** One file of the last export, by the name export:run returned (`单位预算公开/<name>` for a unit's file). */
  z.object({ file: z.string().min(1).max(420) }),
  /** Every file of the last export as one zip. */
  z.object({ all: z.literal(true) }),
])

export const DownloadResponse = z.object({ name: z.string(), mime: z.string(), base64: z.string() })

export const UploadRequest = z.object({
  kind: z.enum(['workbook', 'attachment']),
  name: TransferName,
  base64: z.string().regex(BASE64, { error: '上传的内容无效' }),
})

export const UploadResponse = z.object({ name: z.string() })
