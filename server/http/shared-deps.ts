import type { PersonalDataCipher } from '../crypto/cipher.ts'
import type { ClientLimits } from './rate-limit.ts'

/**
 * What the routes of every service share in one process, made once by open-services.ts and passed to
 * each service's deps (drafts, feedback, hand-offs), so tests can set them: the clock, the cipher for
 * personal data and keyed hashes, and where per-client rate limits keep their buckets.
 *
 * @example const shared: SharedDeps = { clock: () => new Date(), crypto: createCipher(key), limits }
 */
export type SharedDeps = {
  clock: () => Date
  crypto: PersonalDataCipher
  limits: ClientLimits
}
