// Paths of the three published seeds (read-only reference material next to the repository).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export const SEEDS_DIR = path.resolve(repoRoot, '..', 'shared', 'seeds')

export type SeedId = '000' | '001' | '004'

export interface SeedFile {
  id: SeedId
  path: string
  budgetYear: number
  departmentName: string
}

const seed = (id: SeedId, file: string, budgetYear: number, departmentName: string): SeedFile => ({
  id,
  path: path.join(SEEDS_DIR, file),
  budgetYear,
  departmentName,
})

export const SEED_FILES: Record<SeedId, SeedFile> = {
  '000': seed('000', '000_42cc39b7b76e33fd.txt', 2025, '孝义市行政审批服务管理局'),
  '001': seed('001', '001_b74160a094e36784.txt', 2024, '孝义经济开发区管理委员会'),
  '004': seed('004', '004_13dce018f2234864.txt', 2026, '大同市行政审批服务管理局[部门]'),
}

export const SEED_IDS: readonly SeedId[] = ['000', '001', '004']

export function readSeedText(id: SeedId): string {
  return readFileSync(SEED_FILES[id].path, 'utf8')
}
