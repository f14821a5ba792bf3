import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { draftTokenOfEntry, keepDraftThroughSignIn, moveDraftTokenOutOfAddress, takeDraftBackFromSignIn } from './draft-address.ts'
import { router } from './router.svelte.ts'

const token = 'AbC_dEf-0123456789abcd'
const arriveAt = (href: string) => history.replaceState(null, '', href)
const address = () => location.href.slice(location.origin.length)

// jsdom does not scroll; a navigation's scroll to the top is beside the point here.
beforeEach(() => void vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined))
afterEach(() => {
  vi.restoreAllMocks()
  sessionStorage.clear()
  arriveAt('/')
})

describe('a draft link arriving in the address', () => {
  it('moves the token out of the address into the history entry, keeping the query', () => {
    arriveAt(`/resume?signin=failed#${token}`)
    moveDraftTokenOutOfAddress()
    expect(address()).toBe('/resume?signin=failed')
    expect(draftTokenOfEntry(history.state)).toBe(token)
  })

  it('does the same for a link of the old form, with the token in the path', () => {
    arriveAt(`/resume/${token}`)
    moveDraftTokenOutOfAddress()
    expect(address()).toBe('/resume')
    expect(draftTokenOfEntry(history.state)).toBe(token)
  })

  it('leaves other pages, and fragments that are not tokens, as they are', () => {
    arriveAt(`/matters/company-establishment#${token}`)
    moveDraftTokenOutOfAddress()
    expect(address()).toBe(`/matters/company-establishment#${token}`)
    arriveAt('/resume#main')
    moveDraftTokenOutOfAddress()
    expect(address()).toBe('/resume#main')
    expect(history.state).toBeNull()
  })

  it('gives the draft back at /resume on the way back from signing in, and to the adoption only once', () => {
    keepDraftThroughSignIn(token)
    arriveAt('/resume')
    moveDraftTokenOutOfAddress()
    expect(draftTokenOfEntry(history.state)).toBe(token)
    expect(takeDraftBackFromSignIn()).toBe(token)
    expect(takeDraftBackFromSignIn()).toBeNull()
  })
})

describe('the router and drafts', () => {
  it('opens a draft at /resume with the token in the entry, and /resume alone asks for the code', () => {
    router.navigate('/')
    router.openDraft(token)
    expect(address()).toBe('/resume')
    expect(router.route).toEqual({ name: 'resume', token })
    router.navigate('/resume')
    expect(router.route).toEqual({ name: 'resume-code' })
  })

  it('opens a draft link followed inside the app without ever leaving the token in the address', () => {
    router.navigate(`/resume#${token}`)
    expect(address()).toBe('/resume')
    expect(router.route).toEqual({ name: 'resume', token })
  })
})
