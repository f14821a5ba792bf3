import type { ContentCheck } from '../loaded-content.ts'

/**
 * A trust level governs submitting the online form, so a matter that names one has an online form to
 * submit: otherwise the level says nothing to anyone and an editor has likely set it on the wrong matter.
 */
export const checkOnlineTrustLevel: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) =>
    m.online.trustLevel !== undefined && (!m.online.available || m.online.form === undefined)
      ? [{ file, pointer: '/online/trustLevel', message: `a trust level applies to submitting the online form, and this matter has none: remove trustLevel or set online.available and online.form`, zh: '可信等级只用于提交在线表单，而这个事项没有在线表单：请删除 trustLevel，或设置 online.available 和 online.form' }]
      : [],
  )
