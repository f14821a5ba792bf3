import { z } from 'zod'
import { Audience } from './theme.ts'
import { Phone, Slug, Text } from './text.ts'

/** 事项类型 (type of administrative power or service). */
export const MatterType = z.enum(['行政许可', '行政给付', '行政确认', '行政征收', '行政裁决', '行政奖励', '行政备案', '其他行政权力', '公共服务'])

/** A time limit as a guide states it: a number and a unit (工作日 working days or 自然日 calendar days). */
export const TimeLimit = z
  .object({
    value: z.number().int().min(0),
    unit: z.enum(['工作日', '自然日']),
    note: Text.optional(),
  })
  .strict()
export type TimeLimit = z.infer<typeof TimeLimit>

/** 法律依据: one law or regulation the matter rests on. */
export const LegalBasis = z
  .object({
    name: Text.describe('e.g. 《中华人民共和国市场主体登记管理条例》'),
    docNumber: Text.optional().describe('文号, e.g. 国务院令第746号 / State Council Order No. 746'),
    article: Text.optional().describe('条款, e.g. 第二十一条 / Article 21'),
    excerpt: Text.optional(),
  })
  .strict()

/** 申请材料: one document the applicant brings or the government fetches itself. */
export const Material = z
  .object({
    id: Slug,
    name: Text,
    kind: z.array(z.enum(['原件', '复印件', '电子件'])).min(1).describe('原件 original, 复印件 copy, 电子件 electronic'),
    medium: z.array(z.enum(['纸质', '电子'])).min(1),
    copies: z.number().int().min(0).describe('份数; 0 means shown for checking only (查验)'),
    paperSize: z.enum(['A4', 'A3', '不限']).optional(),
    required: z.boolean().describe('true: always needed; false: needed only in some situations (see condition)'),
    condition: Text.optional().describe('when a non-required material applies, in words for citizens'),
    source: z.enum(['申请人自备', '政府部门核发', '共享获取']).describe('共享获取: the government fetches it; the citizen does not bring it'),
    sourceNote: Text.optional(),
    basis: z.string().optional(),
    blankForm: z.string().optional().describe('an online form id or the name of the blank form file'),
    sample: z.boolean().optional().describe('a filled sample (填写样例) is available at the window'),
    notes: Text.optional().describe('填报须知'),
    replacedBy: Slug.optional().describe("免提交: the type of electronic licence (a matter's licence.type) that spares this material for a signed-in citizen holding a current one"),
  })
  .strict()
export type Material = z.infer<typeof Material>

/** 电子证照: the electronic licence the centre issues when an application of the matter is finished (办结). */
export const Licence = z
  .object({
    type: Slug.describe('licence type, e.g. food-business-licence: what a material\'s replacedBy names'),
    name: Text.describe('the licence\'s title, e.g. 食品经营许可证'),
    fields: z
      .array(z.object({ id: Slug, label: Text, from: z.string().min(1).describe('the online form field whose answer the licence shows') }).strict())
      .min(1)
      .describe('what the licence shows, and so all that verifying it shows: no ID numbers or phones'),
    validYears: z.number().int().min(1).max(30).optional().describe('有效期 in years from issue; unset: valid until revoked (长期)'),
  })
  .strict()
export type Licence = z.infer<typeof Licence>

export const ProcessStep = z
  .object({ name: Text, description: Text.optional(), timeLimit: TimeLimit.optional() })
  .strict()

export const Fee = z
  .object({
    name: Text,
    standard: Text.describe('收费标准'),
    amount: z.number().min(0).optional().describe('in yuan, when fixed'),
    basis: Text.describe('收费依据'),
  })
  .strict()

/** 办事指南: the full public guide of one matter (事项). */
export const Matter = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    code: z.object({ basic: z.string().min(1), implementation: z.string().min(1) }).strict().describe('事项编码'),
    name: Text,
    type: MatterType,
    kind: z.enum(['即办', '承诺', '联办']).describe('即办 handled on the spot; 承诺 within a promised limit; 联办 several departments'),
    department: Slug.describe('实施主体: a department id from content/departments.json'),
    entrustedDepartment: Slug.optional(),
    jointDepartments: z.array(Slug).default([]).describe('联办机构'),
    audience: z.array(Audience).min(1),
    themes: z.array(Slug).min(1).describe('theme ids from content/themes.json'),
    keywords: z.array(z.string()).default([]).describe('other words citizens search with, e.g. 营业执照'),
    summary: Text,
    basis: z.array(LegalBasis).min(1),
    conditions: z.array(Text).min(1).describe('受理条件'),
    materials: z.array(Material),
    process: z.array(ProcessStep).min(1),
    specialProcedures: z
      .array(z.object({ name: Text, timeLimit: TimeLimit.optional(), countsInLimit: z.boolean() }).strict())
      .default([]),
    caseType: z.enum(['即办件', '承诺件']).describe('办件类型'),
    legalLimit: TimeLimit.describe('法定办结时限'),
    promisedLimit: TimeLimit.describe('承诺办结时限; never longer than the legal limit'),
    fees: z
      .object({ charged: z.boolean(), items: z.array(Fee).default([]), reductions: Text.optional() })
      .strict(),
    windows: z.array(z.number().int().positive()).describe('window numbers in content/hall/layout.json'),
    hours: Text.describe('办理时间'),
    visits: z.object({ count: z.number().int().min(0).max(5), reason: Text.optional() }).strict().describe('到办事现场次数'),
    online: z
      .object({
        available: z.boolean(),
        depth: z.enum(['I', 'II', 'III', 'IV']).describe('网上办理深度; IV = fully online'),
        form: Slug.optional().describe('an online form id from content/forms/'),
        appointment: z.boolean(),
        payment: z.boolean(),
        delivery: z.boolean(),
        kiosk: z.boolean(),
        identityEditable: z.boolean().optional().describe('the applicant may change the name, ID number and phone filled from their verified identity (e.g. applying for someone else); unset: they may not'),
        trustLevel: z.number().int().min(1, 'levels run from 1 to 5').max(5, 'levels run from 1 to 5').optional()
          .describe('最低认证等级: the identity trust level (1 self-registered … 5 verified in person) a citizen must sign in with to submit the online form; unset: anyone, signed in or not'),
      })
      .strict(),
    result: z
      .object({
        name: Text,
        type: z.enum(['证照', '批文', '其他']),
        delivery: z.array(z.enum(['窗口领取', '邮寄送达', '电子送达'])).min(1),
        deliveryLimit: Text.optional(),
      })
      .strict(),
    licence: Licence.optional().describe('电子证照 issued at 办结; the matter needs an online form whose answers fill it'),
    consultation: z.object({ phone: Phone, window: z.number().int().positive().optional() }).strict(),
    complaint: z.object({ phone: Phone }).strict(),
    faq: z.array(z.object({ q: Text, a: Text }).strict()).default([]),
    scope: Text.describe('通办范围'),
    prerequisites: z.array(Slug).default([]).describe('matters to finish first, by id'),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD'),
  })
  .strict()
export type Matter = z.infer<typeof Matter>
