import { z } from 'zod'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { Department } from '../../core/content/department.ts'
import { Matter, TimeLimit } from '../../core/content/matter.ts'
import { Audience, Theme } from '../../core/content/theme.ts'
import { Slug, Text } from '../../core/content/text.ts'
import { SceneScript } from '../../core/scenes/script.ts'
import { Citizen } from '../../core/identity/citizen.ts'
import { ApplicationProgress } from '../../core/api/drafts.ts'
import { listPageSize, matterPageSize } from '../../core/api/page-sizes.ts'
import { PageFacts, PageQuery } from '../../core/api/paging.ts'
import { LicenceLine } from '../../core/licences/licence.ts'

/**
 * The shapes the API answers with. Route handlers build these; the OpenAPI document is generated
 * from the same schemas, and the client imports the types (`import type { MatterSummary } ...`).
 */

export const onlineDepths = ['I', 'II', 'III', 'IV'] as const

/** One row of a matter list: enough to show it and decide whether to open the full guide. */
export const MatterSummary = z
  .object({
    id: Slug,
    name: Text,
    department: z.object({ id: Slug, name: Text }).strict(),
    kind: Matter.shape.kind,
    audience: z.array(Audience),
    themes: z.array(Slug),
    online: z.object({ available: z.boolean(), depth: z.enum(onlineDepths) }).strict(),
    windows: z.array(z.number().int().positive()),
    promisedLimit: TimeLimit,
  })
  .strict()
export type MatterSummary = z.infer<typeof MatterSummary>

/** One page of matter summaries, with how many match in all. */
export const MatterList = PageFacts.extend({ matters: z.array(MatterSummary) }).strict()
export type MatterList = z.infer<typeof MatterList>

/** A matter's full guide as served: the content file without its `$schema` key. */
export const MatterGuide = Matter.omit({ $schema: true })

export const DepartmentSummary = Department.extend({ matterCount: z.number().int().min(0) })
export const DepartmentList = z.object({ departments: z.array(DepartmentSummary) }).strict()
/** A department with one page of its matters (`total` of them in all). */
export const DepartmentDetail = Department.extend({ matters: z.array(MatterSummary) }).extend(PageFacts.shape)
export type DepartmentDetail = z.infer<typeof DepartmentDetail>

export const ThemeSummary = Theme.extend({ matterCount: z.number().int().min(0) })
export const ThemeList = z.object({ themes: z.array(ThemeSummary) }).strict()
/** A theme (主题分类) with one page of its matters (`total` of them in all). */
export const ThemeDetail = Theme.extend({ matters: z.array(MatterSummary) }).extend(PageFacts.shape)
export type ThemeDetail = z.infer<typeof ThemeDetail>

/** `?offset=&limit=` of a department's or theme's page. */
export const ListPageQuery = PageQuery(listPageSize).strict()

/** A matter as the hall's signs and directory name it. */
export const MatterName = z.object({ id: Slug, name: Text }).strict()
/**
 * The hall directory's words for each window: how many matters it handles and the first few names,
 * so that signs and cards stay the same size whatever the catalogue.
 */
export const HallDirectory = z
  .object({
    windows: z.array(z.object({ number: z.number().int().positive(), matterCount: z.number().int().min(0), matters: z.array(MatterName) }).strict()),
  })
  .strict()
export type HallDirectory = z.infer<typeof HallDirectory>

export const SceneSummary = SceneScript.pick({ id: true, title: true, summary: true, theme: true, audience: true })
export type SceneSummary = z.infer<typeof SceneSummary>
export const SceneList = z.object({ scenes: z.array(SceneSummary) }).strict()

export const UiStringsResponse = z.object({ locale: z.enum(['zh', 'en']), strings: z.record(z.string(), z.string()) }).strict()

export const Health = z
  .object({
    status: z.literal('ok'),
    content: z.object({ version: z.string(), matters: z.number().int(), scenes: z.number().int(), forms: z.number().int() }).strict(),
  })
  .strict()
export type Health = z.infer<typeof Health>

/** Every error answer's body (core/api/error-body.ts, shared with the client). */
export { ErrorBody } from '../../core/api/error-body.ts'

/** A route without query parameters still rejects unknown ones, so typos are noticed. */
export const NoQuery = z.object({}).strict()

const oneOf = (ids: string[]) =>
  ids.length > 0 ? z.enum(ids as [string, ...string[]], { error: `use one of ${ids.join(', ')}` }) : Slug

/** `GET /api/matters` filters. Department and theme ids come from the catalogue, so typos are 400s. */
export function mattersQuery(catalogue: Pick<Catalogue, 'departments' | 'themes'>) {
  return z
    .object({
      department: oneOf(catalogue.departments.map((d) => d.id)).optional().describe('a department id'),
      audience: z.enum(['自然人', '法人'], { error: 'use one of 自然人, 法人' }).optional().describe('自然人 (citizens) or 法人 (businesses)'),
      theme: oneOf(catalogue.themes.map((t) => t.id)).optional().describe('a theme id'),
      online: z
        .enum(['true', 'false', ...onlineDepths], { error: 'use true, false or a depth I, II, III, IV' })
        .optional()
        .describe('true: can be done online at all; I-IV: online depth at least this (IV = fully online); false: not online'),
      window: z.string().regex(/^[1-9]\d{0,3}$/, 'give a window number').transform(Number).optional().describe('matters handled at this window'),
      q: z.string().trim().max(100, 'at most 100 characters').optional().describe('search in Chinese, pinyin (yingye, yyzz) or English'),
    })
    .extend(PageQuery(matterPageSize).shape)
    .strict()
}
export type MattersQuery = z.output<ReturnType<typeof mattersQuery>>

const isoTime = z.string().describe('an ISO 8601 time, e.g. 2026-11-25T02:00:00.000Z')

/** GET /api/me: who is signed in. */
export const MeAnswer = z.object({
  signInAvailable: z.boolean().describe('false when the site has no identity service (OIDC_ISSUER unset): anonymous only'),
  certificateSignIn: z.literal(true).optional().describe('present when companies can sign in with a CA certificate at /auth/certificate (CLIENT_CERT_HEADER set)'),
  citizen: Citizen.nullable().describe('who is signed in, or null'),
  expiresAt: isoTime.nullable().describe('when the sign-in ends unless used again'),
})

/** GET /api/me/applications (我的办件): the citizen's applications and live drafts. */
export const MyApplications = z.object({
  applications: z.array(ApplicationProgress.extend({ ratingKey: z.string().describe('lets the citizen rate the application (好差评)') })),
  drafts: z.array(z.object({
    token: z.string().describe('opens the draft: its link is /resume#<token>; send it to /api/draft in the Draft-Token header'), resumeCode: z.string(), formId: z.string(), title: Text, updatedAt: isoTime, expiresAt: isoTime,
  })),
})

/** An electronic licence (电子证照) as anyone checking it sees it: what it shows and where it stands (server/licences). */
export const LicenceAnswer = z.object({
  id: z.string(), type: z.string(), name: Text, lines: z.array(LicenceLine), issuedAt: z.string(), validUntil: z.string().nullable(),
  status: z.enum(['current', 'expired', 'revoked', 'forged']).describe('forged: the signature does not hold, and nothing of the licence is shown'),
  revokedAt: z.string().nullable(), verifyUrl: z.string().describe('the public page its QR code opens'),
})
