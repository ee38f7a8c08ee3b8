// The seed's text, read once (spec §0: shared/seeds/004_13dce018f2234864.txt).
import { readSeedText } from '../../../tests/seeds/seed-files'
import { cleanLines } from '../../../tests/seeds/seed-text'

let cached: string[] | undefined

export function seedLines(): string[] {
  cached ??= cleanLines(readSeedText('004'))
  return cached
}
