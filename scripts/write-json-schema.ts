// npm run schema: writes schemas/*.json (a test checks they are current).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { jsonSchemas } from './json-schemas'

for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(join('schemas', name), text)
  console.log(`schemas/${name}`)
}
