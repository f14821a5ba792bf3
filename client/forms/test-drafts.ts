import { FormDefinition } from '../../core/content/form.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import companyRaw from '../../content/forms/company-establishment.json' with { type: 'json' }
import type { Draft, SaveResult } from '../api/drafts.ts'

/** The real company establishment form, parsed as the server serves it. Tests only. */
export function companyForm(): FormDefinition {
  return FormDefinition.parse(companyRaw)
}

/** A draft as the server would send it for that form. */
export function draftOf(data: FormData = {}, overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'd1',
    token: 'AAAAAAAAAAAAAAAAAAAAAA',
    resumeCode: 'ABCD-EF23',
    formId: 'company-establishment',
    formVersion: 1,
    data,
    position: null,
    revision: 1,
    expiresAt: '2026-12-25T02:00:00.000Z',
    updatedAt: '2026-11-25T02:32:00.000Z',
    unmoved: [],
    ...overrides,
  }
}

/** A save the test answers by hand: each call waits until the test resolves or rejects it. */
export function manualSave() {
  const calls: { revision: number; data: FormData; resolve: (r: SaveResult) => void; reject: (e: unknown) => void }[] = []
  const save = (_token: string, body: { data: FormData; revision: number }) =>
    new Promise<SaveResult>((resolve, reject) => calls.push({ revision: body.revision, data: body.data, resolve, reject }))
  return { calls, save }
}

/** A complete company application that passes core/forms (checksums computed to be right). */
export function validCompanyData(): FormData {
  return {
    'company-name': '江川市青禾餐饮管理有限公司',
    'company-type': 'company',
    'registered-address': '江川市新城区市民大道 88 号 3 楼 301 室',
    'premises-source': 'owned',
    'property-certificate-number': '江(2025)新城区不动产权第0001234号',
    'business-scope': '餐饮管理',
    'registered-capital': 50,
    'legal-rep-name': '张小明',
    'legal-rep-id-number': '11010519491231002X',
    'legal-rep-mobile': '13812345678',
    'legal-rep-position': 'executive-director',
    shareholders: [
      {
        'shareholder-type': 'person',
        'shareholder-name': '张小明',
        'shareholder-id-number': '11010519491231002X',
        'contribution-amount': 50,
        'contribution-method': 'cash',
        'contribution-deadline': '2030-01-01',
      },
    ],
    'liaison-who': 'legal-rep',
    'applicant-is-legal-rep': 'true',
    'also-engrave-seals': 'false',
    'also-apply-invoices': 'false',
    'licence-delivery': 'window',
  }
}
