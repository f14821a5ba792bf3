import { describe, expect, it } from 'vitest'
import { matchRoute } from '../app/route.ts'
import { applyHref } from './apply-link.ts'

describe('form and application routes', () => {
  it('starts a form with the journey answers that came with the link', () => {
    expect(matchRoute('/forms/company-establishment', '?from=start-business&a=eyJ4IjoxfQ')).toEqual({
      name: 'form', formId: 'company-establishment', from: 'start-business', answers: 'eyJ4IjoxfQ',
    })
  })

  it('opens the draft of the history entry at /resume, and /resume alone asks for the code', () => {
    expect(matchRoute('/resume', '', 'AbC_dEf-0123456789abcd')).toEqual({ name: 'resume', token: 'AbC_dEf-0123456789abcd' })
    expect(matchRoute('/resume', '')).toEqual({ name: 'resume-code' })
    expect(matchRoute('/h', '', 'AbC_dEf-0123456789abcd')).toEqual({ name: 'resume-code' })
  })

  it('opens the lookup with a number from the receipt, and the receipt by its number', () => {
    expect(matchRoute('/applications/lookup', '?number=JC-2026-000001-4')).toEqual({ name: 'application-lookup', number: 'JC-2026-000001-4' })
    expect(matchRoute('/applications/jc-2026-000001-4/receipt', '')).toEqual({ name: 'receipt', number: 'JC-2026-000001-4' })
  })

  it('links to a form with the journey answers, and without a query when there are none', () => {
    expect(applyHref('food-business-licence')).toBe('/forms/food-business-licence')
    const href = applyHref('company-establishment', { sceneId: 'start-business', answers: { 'business-form': 'company' } })
    expect(matchRoute(href.split('?')[0]!, '?' + href.split('?')[1])).toMatchObject({ name: 'form', from: 'start-business' })
  })
})
