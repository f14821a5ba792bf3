import { t } from '../app/i18n.svelte.ts'
import { matterKindText } from '../journey/limit-text.ts'

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

/**
 * 办件类型 as the guide shows it: 即办 and 承诺 already say whether it is 即办件 or 承诺件, so only a
 * 联办 matter adds it ("Joint service (handled within a promised time)").
 */
export const caseKindText = (kind: string, caseType: string): string =>
  kind === '联办' ? matterKindText(kind) + t('list.aside', { text: caseTypeText(caseType) }) : matterKindText(kind)
