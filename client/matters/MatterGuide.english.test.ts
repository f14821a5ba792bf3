import { QueryClient } from '@tanstack/svelte-query'
import { cleanup, render } from '@testing-library/svelte'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import en from '../../content/i18n/en.json'
import { visitTexts } from '../../core/content/checks/texts-of-locale.ts'
import { hallPlan } from '../../core/content/hall-layout.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { repositoryFiles } from '../../test/fixtures/content/fixture-files.ts'
import { i18n } from '../app/i18n.svelte.ts'
import WithQueryClient from '../ui/WithQueryClient.svelte'
import MatterGuide from './MatterGuide.svelte'

const catalogue = loadCatalogue(repositoryFiles()).catalogue!
const han = /[\u4e00-\u9fff]+/g
/** Chinese the English itself chose to show (a gloss like "sole trader (个体工商户)", "yyzz, 落户" in the search hint). */
function glosses(matter: unknown): Set<string> {
  const english = [...Object.values(en.strings)]
  visitTexts(matter, 'en', (_, text) => english.push(text))
  return new Set(english.flatMap((text) => text.match(han) ?? []))
}

beforeAll(async () => {
  vi.stubGlobal('fetch', async (url: string) =>
    new Response(JSON.stringify(String(url).startsWith('/api/i18n/') ? { locale: 'en', strings: en.strings } : { faq: [] }), { headers: { 'content-type': 'application/json' } }),
  )
  await i18n.setLocale('en')
})
afterAll(async () => {
  vi.unstubAllGlobals()
  await i18n.setLocale('zh')
})

describe('every matter guide in English', () => {
  it.each(catalogue.matters.map((m) => [m.id, m] as const))('%s says everything in English, legal citations included', (_, matter) => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const { container } = render(WithQueryClient, { props: { client, component: MatterGuide, props: { matter, hall: hallPlan(catalogue.hall), departments: catalogue.departments } } })
    const allowed = glosses(matter)
    expect((container.textContent ?? '').match(han)?.filter((run) => !allowed.has(run)) ?? []).toEqual([])
    cleanup()
  })
})
