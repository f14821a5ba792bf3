import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** Complaints go to a different number from questions, so a complaint never reaches the office it is about. */
export const checkPhones: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  for (const { file, value: m } of content.matters) {
    if (samePhone(m.consultation.phone, m.complaint.phone)) {
      findings.push({ file, pointer: '/complaint/phone', message: `the complaint phone is the same as the consultation phone (${m.consultation.phone}): complaints go to a different number, e.g. 12345`, zh: `投诉电话与咨询电话相同（${m.consultation.phone}）：投诉应打另一个号码，例如 12345` })
    }
  }
  for (const { file, pointer, value: d } of content.departments) {
    if (samePhone(d.consultationPhone, d.complaintPhone)) {
      findings.push({ file, pointer: `${pointer}/complaintPhone`, message: `the complaint phone is the same as the consultation phone (${d.consultationPhone}): complaints go to a different number, e.g. 12345`, zh: `投诉电话与咨询电话相同（${d.consultationPhone}）：投诉应打另一个号码，例如 12345` })
    }
  }
  return findings
}

function samePhone(a: string, b: string): boolean {
  return a.replace(/\D/g, '') === b.replace(/\D/g, '')
}
