import { describe, expect, it } from 'vitest'
import { cleanPath, pagePaths } from './page-paths.ts'

describe('pagePaths', () => {
  it('reads the id of the pages that carry one', () => {
    expect(pagePaths.situation.exec('/situations/open-restaurant')?.[1]).toBe('open-restaurant')
    expect(pagePaths.matter.exec('/matters/company-establishment')?.[1]).toBe('company-establishment')
    expect(pagePaths.department.exec('/departments/market-regulation')?.[1]).toBe('market-regulation')
    expect(pagePaths.theme.exec('/themes/business-licensing')?.[1]).toBe('business-licensing')
    expect(pagePaths.receipt.exec('/applications/JC-2026-000123-4/receipt')?.[1]).toBe('JC-2026-000123-4')
  })

  it('refuses ids that are not slugs, so nothing odd from a URL reaches a page or a hint', () => {
    expect(pagePaths.matter.exec('/matters/Company')).toBeNull()
    expect(pagePaths.matter.exec('/matters/a--b')).toBeNull()
    expect(pagePaths.situation.exec('/situations/open-restaurant/extra')).toBeNull()
  })

  it('treats a trailing slash as the same page', () => {
    expect(cleanPath('/matters/company-establishment/')).toBe('/matters/company-establishment')
    expect(cleanPath('///')).toBe('/')
  })
})
