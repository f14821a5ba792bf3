import { describe, expect, it } from 'vitest'
import { matchRoute } from './route.ts'

describe('matchRoute', () => {
  it('reads every page of the app from its address', () => {
    expect(matchRoute('/', '')).toEqual({ name: 'home' })
    expect(matchRoute('/situations/open-business', '?a=eyJ4IjoxfQ')).toEqual({ name: 'situation', id: 'open-business', answers: 'eyJ4IjoxfQ', at: null })
    expect(matchRoute('/matters/company-establishment/', '')).toEqual({ name: 'matter', id: 'company-establishment' })
    expect(matchRoute('/departments/taxation', '')).toEqual({ name: 'department', id: 'taxation', page: 1 })
    expect(matchRoute('/themes/business-licensing', '?page=3')).toEqual({ name: 'theme', id: 'business-licensing', page: 3 })
    expect(matchRoute('/search', '?q=%E8%90%A5%E4%B8%9A')).toEqual({ name: 'search', q: '营业', page: 1 })
    expect(matchRoute('/verify/5b0f3c57-5d7e-4d1e-9c39-0d9b1c2f7a10', '')).toEqual({ name: 'verify', id: '5b0f3c57-5d7e-4d1e-9c39-0d9b1c2f7a10' })
  })

  it('opens the first page of a list when the page number is not a whole number from 1', () => {
    for (const page of ['0', '-2', '1.5', 'two', '']) expect(matchRoute('/departments/taxation', `?page=${page}`)).toMatchObject({ page: 1 })
  })

  it('reads the studio\'s pages: the list, a situation, its editor and a matter\'s editor', () => {
    expect(matchRoute('/studio', '')).toEqual({ name: 'studio', id: null })
    expect(matchRoute('/studio/open-tea-shop', '')).toEqual({ name: 'studio', id: 'open-tea-shop' })
    expect(matchRoute('/studio/open-tea-shop/edit', '')).toEqual({ name: 'studio', id: 'open-tea-shop', edit: true })
    expect(matchRoute('/studio/matters/food-business-licence/edit', '')).toEqual({ name: 'studio', id: 'food-business-licence', edit: true, matter: true })
  })

  it('sends unknown or malformed addresses to the not-found page', () => {
    expect(matchRoute('/matters/Bad_Id', '')).toEqual({ name: 'not-found', path: '/matters/Bad_Id' })
    expect(matchRoute('/nowhere', '')).toEqual({ name: 'not-found', path: '/nowhere' })
    expect(matchRoute('/verify/not-a-licence', '')).toEqual({ name: 'not-found', path: '/verify/not-a-licence' })
  })
})
