import type { Page } from 'playwright-core'

/** A complete, valid application on the shipped food business licence form (content/forms/food-business-licence.json). */
export function shippedFoodLicenceData(): Record<string, unknown> {
  return {
    'operator-name': '江川市新城区好味道餐饮店',
    uscc: '91350100M000100Y43',
    'subject-type': 'sole-trader',
    'legal-representative': '张小明',
    'legal-representative-id': '11010519491231002X',
    'contact-phone': '13812345678',
    'premises-address': '江川市新城区市民大道 88 号 1 楼',
    'floor-area': 80,
    'has-warehouse': 'false',
    'business-format': 'catering',
    'catering-items': ['hot-food'],
    'online-sales': 'false',
    'food-safety-managers': [{ name: '李红', 'id-number': '330102199003071230', phone: '13912345678', employment: 'full-time' }],
    declaration: ['agreed'],
  }
}

/** Submits a food licence application from an open page, through the same API its submit button uses (with the page's cookies); its number. */
export async function submitFoodLicenceIn(page: Page, data: Record<string, unknown> = shippedFoodLicenceData()): Promise<string> {
  return page.evaluate(async (data) => {
    const post = (url: string, body: unknown, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    const draft = (await (await post('/api/drafts', { formId: 'food-business-licence', data })).json()) as { token: string }
    const res = await post('/api/draft/submit', {}, { 'Draft-Token': draft.token })
    if (res.status !== 201) throw new Error(`submit answered ${res.status}: ${await res.text()}`)
    return ((await res.json()) as { application: { number: string } }).application.number
  }, data)
}
