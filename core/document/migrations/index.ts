// Append-only migrations: migrations[n] turns a version-n document into version n+1 (pure).
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

const migrations: Record<number, Migration> = {}

export function migrate(doc: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let out = doc
  for (let v = fromVersion; migrations[v] !== undefined; v++) out = { ...(migrations[v] as Migration)(out), schemaVersion: v + 1 }
  return out
}
