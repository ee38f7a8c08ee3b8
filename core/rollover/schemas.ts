// Zod schemas of the rollover report and the unit-merge preview, for the IPC contract.
import { z } from 'zod'
import type { UnitMergePreview } from './merge-unit'
import type { RolloverReport } from './rollover'

const Named = z.object({ id: z.string(), name: z.string() })

export const RolloverReportSchema = z.object({
  keptProjects: z.array(Named),
  droppedProjects: z.array(Named),
  priorFigures: z.array(
    z.object({
      id: z.enum(['incomeTotal', 'expenditureTotal', 'generalBudgetCurrent', 'abroad', 'reception', 'vehiclePurchase', 'vehicleOperation', 'threePublicTotal', 'officeOperation']),
      label: z.string(),
      prior: z.string(),
    }),
  ),
  codeChanges: z.array(
    z.object({
      kind: z.enum(['functional', 'economicDepartment', 'economicGovernment', 'income']),
      code: z.string(),
      name: z.string().optional(),
      status: z.enum(['mapped', 'retired', 'missing']),
      to: z.string().optional(),
      uses: z.number().int(),
      message: z.string(),
    }),
  ),
  notes: z.array(z.string()),
})

const CountChange = z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), unchanged: z.number().int() })

export const UnitMergePreviewSchema = z.object({
  unit: z.object({ id: z.string(), name: z.string(), matchedBy: z.enum(['id', 'name', 'code']) }),
  lines: CountChange.extend({ amountBefore: z.string(), amountAfter: z.string() }),
  projects: z.object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()), unchanged: z.number().int() }),
  forms: CountChange,
  procurement: CountChange,
  notes: z.array(z.string()).optional(),
})

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _report: Same<z.infer<typeof RolloverReportSchema>, RolloverReport> = true
const _merge: Same<z.infer<typeof UnitMergePreviewSchema>, UnitMergePreview> = true
