import { describe, expect, it } from 'vitest'
import { matchRoute } from './route.ts'

describe('matchRoute', () => {
  it('reads every page of the app from its address', () => {
    expect(matchRoute('/', '')).toEqual({ name: 'home' })
    expect(matchRoute('/situations/open-business', '?a=eyJ4IjoxfQ')).toEqual({ name: 'situation', id: 'open-business', answers: 'eyJ4IjoxfQ', at: null })
    expect(matchRoute('/matters/company-establishment/', '')).toEqual({ name: 'matter', id: 'company-establishment' })
    expect(matchRoute('/departments/taxation', '')).toEqual({ name: 'department', id: 'taxation' })
    expect(matchRoute('/search', '?q=%E8%90%A5%E4%B8%9A')).toEqual({ name: 'search', q: '营业' })
    expect(matchRoute('/verify/5b0f3c57-5d7e-4d1e-9c39-0d9b1c2f7a10', '')).toEqual({ name: 'verify', id: '5b0f3c57-5d7e-4d1e-9c39-0d9b1c2f7a10' })
  })

  it('sends unknown or malformed addresses to the not-found page', () => {
    expect(matchRoute('/matters/Bad_Id', '')).toEqual({ name: 'not-found', path: '/matters/Bad_Id' })
    expect(matchRoute('/nowhere', '')).toEqual({ name: 'not-found', path: '/nowhere' })
    expect(matchRoute('/verify/not-a-licence', '')).toEqual({ name: 'not-found', path: '/verify/not-a-licence' })
  })
})
