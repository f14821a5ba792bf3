import { describe, expect, it } from 'vitest'
import { citizenFromClaims, defaultClaimNames } from './citizen.ts'

describe('citizenFromClaims', () => {
  it('maps name, ID number, phone and acr to a citizen', () => {
    const claims = { sub: 'c-1', name: '李敏', id_card: '11010519491231002x', phone_number: '+86 138-0013-8000', acr: 'loa-3' }
    expect(citizenFromClaims(claims, defaultClaimNames, {})).toEqual({ kind: 'person', name: '李敏', idNumber: '11010519491231002X', phone: '13800138000', trustLevel: 3 })
  })

  it('reads the claims a provider names differently', () => {
    const names = { name: 'cn', idNumber: 'cert_no', phone: 'mobile', trustLevel: 'auth_level' }
    const claims = { cn: '王芳', cert_no: '11010519491231002X', mobile: '13912345678', auth_level: 4 }
    expect(citizenFromClaims(claims, names, {})).toEqual({ kind: 'person', name: '王芳', idNumber: '11010519491231002X', phone: '13912345678', trustLevel: 4 })
  })

  it('leaves out an ID number or phone that is malformed instead of trusting it', () => {
    const claims = { name: '张伟', id_card: '110105194912310021', phone_number: '12345' }
    const citizen = citizenFromClaims(claims, defaultClaimNames, {})
    expect(citizen.idNumber).toBeNull()
    expect(citizen.phone).toBeNull()
    expect(citizen.trustLevel).toBe(1)
  })
})
