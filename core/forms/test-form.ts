import { FormDefinition } from '../content/form.ts'
import raw from './fixtures/food-business-licence.json' with { type: 'json' }

/** The food business licence form fixture (version 2), parsed as content would be. Tests only. */
export function foodLicenceForm(): FormDefinition {
  return FormDefinition.parse(raw)
}

/** A complete, valid submission of that form, with checksums computed to be right. */
export function validFoodLicenceData() {
  return {
    'operator-name': '江川市新城区好味道餐饮店',
    uscc: '91350100M000100Y43',
    'legal-representative': '张小明',
    'id-number': '11010519491231002X',
    phone: '13812345678',
    address: '江川市新城区市民大道 88 号 1 楼',
    'business-form': 'restaurant',
    seats: 40,
    activities: ['hot-food'],
    'safety-officers': [{ name: '李红', 'id-number': '330102199003071230', 'full-time': 'yes' }],
    declaration: true,
  }
}
