import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadDocument, type BudgetDocument } from '../../core/document/envelope'
import type { SeedId } from '../seeds/seed-files'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export const SAMPLE_FILES: Record<SeedId, string> = {
  '000': join(REPO_ROOT, 'samples', '000-xiaoyi-approval-2025.json'),
  '001': join(REPO_ROOT, 'samples', '001-xiaoyi-devzone-2024.json'),
  '004': join(REPO_ROOT, 'samples', '004-datong-approval-2026.json'),
}

export function loadSample(id: SeedId): BudgetDocument {
  const r = loadDocument(readFileSync(SAMPLE_FILES[id], 'utf8'))
  if (!r.ok) throw new Error(`sample ${id}: ${r.message}\n${r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`)
  return r.document
}
