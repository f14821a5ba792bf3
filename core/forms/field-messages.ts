import type { FormField } from '../content/form.ts'
import type { Text } from '../content/text.ts'

/** Every reason a field can be refused; the client may key its own copy on these. */
export type FieldProblemCode =
  | 'required'
  | 'wrong_type'
  | 'too_long'
  | 'not_a_number'
  | 'too_small'
  | 'too_large'
  | 'invalid_date'
  | 'not_an_option'
  | 'invalid_phone'
  | 'id_card_format'
  | 'id_card_region'
  | 'id_card_birth_date'
  | 'id_card_checksum'
  | 'uscc_format'
  | 'uscc_checksum'
  | 'too_few_items'
  | 'too_many_items'
  /** A verified identity value (name, ID number, phone) the matter does not let the applicant change. */
  | 'identity_locked'

/** Says what is wrong and what to do, naming the field, in both languages. */
export function fieldMessage(code: FieldProblemCode, field: FormField): Text {
  const zh = `“${field.label.zh}”`
  const en = field.label.en
  if (code === 'identity_locked') return { zh: `${zh}来自您的实名认证信息，本事项不能修改。如需为他人办理，请到窗口办理。`, en: `${en} comes from your verified identity and cannot be changed for this service. To apply for someone else, go to a service window.` }
  switch (code) {
    case 'required':
      return field.type === 'group'
        ? { zh: `请至少添加一项${zh}。`, en: `Add at least one entry to ${en}.` }
        : { zh: `请填写${zh}。`, en: `Enter ${en}.` }
    case 'wrong_type':
      return { zh: `${zh}的内容格式不对，请重新填写。`, en: `${en} is not in the right form. Enter it again.` }
    case 'too_long':
      return { zh: `${zh}不能超过 ${field.maxLength} 个字。`, en: `${en} must be ${field.maxLength} characters or fewer.` }
    case 'not_a_number':
      return { zh: `${zh}请填写数字。`, en: `${en} must be a number.` }
    case 'too_small':
      return { zh: `${zh}不能小于 ${field.min}。`, en: `${en} must be ${field.min} or more.` }
    case 'too_large':
      return { zh: `${zh}不能大于 ${field.max}。`, en: `${en} must be ${field.max} or less.` }
    case 'invalid_date':
      return { zh: `${zh}请填写有效日期，例如 2026-03-01。`, en: `${en} must be a real date, for example 2026-03-01.` }
    case 'not_an_option':
      return { zh: `请从列表中选择${zh}。`, en: `Choose ${en} from the list.` }
    case 'invalid_phone':
      return {
        zh: `${zh}请填写 11 位手机号或带区号的固定电话，例如 13812345678 或 0599-86012345。`,
        en: `${en} must be an 11-digit mobile number or a landline with its area code, like 13812345678 or 0599-86012345.`,
      }
    case 'id_card_format':
      return { zh: `${zh}应为 18 位，前 17 位是数字，最后一位是数字或 X。`, en: `${en} must be 18 characters: 17 digits, then a digit or X.` }
    case 'id_card_region':
      return { zh: `${zh}的前两位地区码不对，请核对证件。`, en: `The first two digits of ${en} are not a region code. Check the card.` }
    case 'id_card_birth_date':
      return { zh: `${zh}第 7 至 14 位的出生日期不对，请核对证件。`, en: `Digits 7 to 14 of ${en} are not a real date of birth. Check the card.` }
    case 'id_card_checksum':
      return { zh: `${zh}的校验位不对，可能有一位输错了，请逐位核对。`, en: `${en} does not add up: a digit may be mistyped. Check it digit by digit.` }
    case 'uscc_format':
      return { zh: `${zh}应为 18 位数字或大写字母（不含 I、O、S、V、Z）。`, en: `${en} must be 18 digits or capital letters (never I, O, S, V or Z).` }
    case 'uscc_checksum':
      return { zh: `${zh}的校验位不对，可能有一位输错了，请对照营业执照核对。`, en: `${en} does not add up: a character may be mistyped. Check it against the business licence.` }
    case 'too_few_items':
      return { zh: `${zh}至少需要 ${field.minItems} 项。`, en: `${en} needs at least ${field.minItems} entries.` }
    case 'too_many_items':
      return { zh: `${zh}最多 ${field.maxItems} 项。`, en: `${en} can have at most ${field.maxItems} entries.` }
  }
}
