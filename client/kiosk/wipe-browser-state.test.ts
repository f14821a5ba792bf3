import { describe, expect, it } from 'vitest'
import { expireCookies, wipeBrowserState } from './wipe-browser-state.ts'

describe('wipeBrowserState', () => {
  it('leaves local storage, session storage and script-visible cookies empty', async () => {
    localStorage.setItem('name', '张小明')
    sessionStorage.setItem('id', '330102199001011234')
    document.cookie = 'visitor=abc; path=/'
    expect(document.cookie).toContain('visitor=abc')
    expect(await wipeBrowserState()).toEqual([])
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
    expect(document.cookie).toBe('')
  })
})

describe('expireCookies', () => {
  it('tries every path and parent domain a cookie may have been set with', () => {
    const written: string[] = []
    const doc = { get cookie() { return 'a=1; b=2' }, set cookie(v: string) { written.push(v) } } as unknown as Document
    expireCookies(doc, { hostname: 'kiosk.hall.example.cn', pathname: '/kiosk/x' })
    expect(written).toContain('a=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=/kiosk')
    expect(written).toContain('b=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=/; domain=hall.example.cn')
    expect(written).toContain('b=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=/kiosk/x; domain=example.cn')
  })
})
