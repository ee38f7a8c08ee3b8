// Zod schema of the published-file draft report, for the IPC contract.
import { z } from 'zod'
import { DRAFT_BLOCKS, type PublishedDraftReport } from './published-draft'

const Item = z.object({ label: z.string(), value: z.string(), where: z.string().optional(), needsCheck: z.boolean().optional() })

export const DraftBlockSchema = z.enum(DRAFT_BLOCKS)

export const PublishedDraftReportSchema = z.object({
  sourceYear: z.number().int(),
  targetYear: z.number().int(),
  sections: z.array(z.object({ block: DraftBlockSchema, title: z.string(), items: z.array(Item) })),
  priorFigures: z.array(
    z.object({
      id: z.enum(['incomeTotal', 'expenditureTotal', 'generalBudgetCurrent', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation', 'threePublicTotal', 'officeOperation']),
      label: z.string(),
      prior: z.string(),
    }),
  ),
  droppedProjects: z.array(z.string()),
  contradictions: z.array(z.object({ message: z.string(), where: z.array(z.string()) })),
  missing: z.array(z.string()),
  notes: z.array(z.string()),
})

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _report: Same<z.infer<typeof PublishedDraftReportSchema>, PublishedDraftReport> = true
