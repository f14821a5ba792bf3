import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { smallCatalogue } from '../../test/fixtures/catalogue-small.ts'
import { createApp } from '../app.ts'
import { loadSettings } from '../settings.ts'

/** A built client as `vite build` leaves it: hashed chunks, their .gz/.br, and the manifest. */
function builtClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'client-'))
  mkdirSync(join(dir, 'assets'))
  mkdirSync(join(dir, '.vite'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><head><title>江川</title><script type="module" src="/assets/index-B1x9Qz7a.js"></script></head>')
  const script = `console.log(${JSON.stringify('办事'.repeat(400))})`
  writeFileSync(join(dir, 'assets', 'index-B1x9Qz7a.js'), script)
  writeFileSync(join(dir, 'assets', 'index-B1x9Qz7a.js.gz'), gzipSync(script))
  const manifest = {
    'index.html': { file: 'assets/index-B1x9Qz7a.js', isEntry: true },
    'journey/JourneyPage.svelte': { file: 'assets/JourneyPage-Q1w2e3r4.js', isDynamicEntry: true, imports: ['index.html', '_StepCard-A1s2d3f4.js'], css: ['assets/JourneyPage-Z9x8c7v6.css'] },
    '_StepCard-A1s2d3f4.js': { file: 'assets/StepCard-A1s2d3f4.js', imports: ['index.html'] },
    'matters/MatterPage.svelte': { file: 'assets/MatterPage-M4t7e2r9.js', isDynamicEntry: true, imports: ['index.html'], css: ['assets/MatterPage-C5s5c5s5.css'] },
  }
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest))
  return dir
}

const web = createApp({ catalogue: smallCatalogue, settings: loadSettings({}), clientDir: builtClient() })

describe('the built client over a slow network', () => {
  it('sends the precompressed script to a browser that accepts gzip, and the plain one otherwise', async () => {
    const zipped = await web.request('/assets/index-B1x9Qz7a.js', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding')
    expect(zipped.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toContain('办事办事')
    const plain = await web.request('/assets/index-B1x9Qz7a.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toContain('办事办事')
  })

  it('hints the journey page code and its situation data on a situation URL', async () => {
    const html = await (await web.request('/situations/open-restaurant')).text()
    expect(html).toContain('<link rel="modulepreload" href="/assets/JourneyPage-Q1w2e3r4.js">')
    expect(html).toContain('<link rel="modulepreload" href="/assets/StepCard-A1s2d3f4.js">')
    // A stylesheet link, not a preload: Vite's loader then finds it in place and adds no second one mid-render.
    expect(html).toContain('<link rel="stylesheet" href="/assets/JourneyPage-Z9x8c7v6.css">')
    expect(html).toContain('<link rel="preload" as="fetch" href="/api/scenes/open-restaurant" crossorigin>')
    // The entry is already the page's module script: no second hint for it.
    expect(html).not.toContain('modulepreload" href="/assets/index-B1x9Qz7a.js')
    expect(html.indexOf('preload')).toBeLessThan(html.indexOf('</head>'))
  })

  it('hints the home page lists on the home page', async () => {
    const html = await (await web.request('/')).text()
    expect(html).toContain('<link rel="preload" as="fetch" href="/api/scenes" crossorigin>')
    expect(html).not.toContain('modulepreload')
  })

  it("hints a service guide's code, the guide, the hall map and the departments on a guide URL", async () => {
    const html = await (await web.request('/matters/company-establishment')).text()
    expect(html).toContain('<link rel="modulepreload" href="/assets/MatterPage-M4t7e2r9.js">')
    expect(html).toContain('<link rel="stylesheet" href="/assets/MatterPage-C5s5c5s5.css">')
    for (const data of ['/api/matters/company-establishment', '/api/hall', '/api/departments']) {
      expect(html).toContain(`<link rel="preload" as="fetch" href="${data}" crossorigin>`)
    }
    // Not the journey's code: each page hints its own.
    expect(html).not.toContain('JourneyPage')
  })

  it('adds no hints for an unknown guide either', async () => {
    const html = await (await web.request('/matters/no-such-matter')).text()
    expect(html).not.toContain('preload')
    expect(html).not.toContain('no-such-matter')
  })

  it('adds no hints for an unknown situation, so nothing from the URL reaches the page', async () => {
    const html = await (await web.request('/situations/no-such-thing')).text()
    expect(html).not.toContain('preload')
    expect(html).not.toContain('no-such-thing')
  })

  it('serves an old draft link\'s page without the token anywhere in it, and asks that its files send no Referer', async () => {
    const token = 'AbCdEfGhIjKlMnOpQrStUv'
    const res = await web.request(`/resume/${token}`)
    expect(res.status).toBe(200)
    expect(await res.text()).not.toContain(token)
    expect([...res.headers.values()].join('\n')).not.toContain(token)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    // Every other page keeps the site's policy.
    expect((await web.request('/resume')).headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })
})
