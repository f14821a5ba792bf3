import { t } from '../app/i18n.svelte.ts'

export const matterTypeKeys: Record<string, string> = {
  行政许可: 'matter-type.licensing',
  行政给付: 'matter-type.benefit',
  行政确认: 'matter-type.confirmation',
  行政征收: 'matter-type.levy',
  行政裁决: 'matter-type.adjudication',
  行政奖励: 'matter-type.reward',
  行政备案: 'matter-type.filing',
  其他行政权力: 'matter-type.other-power',
  公共服务: 'matter-type.public-service',
}
export const caseTypeKeys: Record<string, string> = { 即办件: 'case-type.instant', 承诺件: 'case-type.promised' }

/** 行政许可 and the other 事项类型 in the current language (the guide's value when no word exists for it). */
export const matterTypeText = (type: string): string => (matterTypeKeys[type] ? t(matterTypeKeys[type]) : type)

/** 即办件 / 承诺件 in the current language. */
export const caseTypeText = (caseType: string): string => (caseTypeKeys[caseType] ? t(caseTypeKeys[caseType]) : caseType)
