import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { loadContentOrExplain } from '../content/load-content.ts'
import { loadSettings, repoRoot } from '../settings.ts'
import { feedbackTestApp } from './feedback-test-app.ts'
import { mountFeedbackApi } from './mount-feedback-api.ts'

const catalogue = await loadContentOrExplain(repoRoot)

describe('the feedback API inside the whole app', () => {
  it('answers beside the content routes: published FAQ under a matter, staff refusals in the usual error shape', async () => {
    const t = await feedbackTestApp(catalogue)
    try {
      const app = createApp({ catalogue, settings: loadSettings({}), extraRoutes: (a) => mountFeedbackApi(a, t.deps) })
      const faq = await app.request('/api/matters/food-business-licence/faq')
      expect(faq.status).toBe(200)
      expect(await faq.json()).toEqual({ matterId: 'food-business-licence', faq: [] })
      expect((await app.request('/api/matters/food-business-licence')).status).toBe(200)
      const staff = await app.request('/api/staff/queue')
      expect(staff.status).toBe(401)
      expect(staff.headers.get('WWW-Authenticate')).toBe('Bearer realm="staff"')
      expect(await staff.json()).toEqual({ error: { code: 'unauthorized', message: 'Sign in with a valid staff token.' } })
    } finally {
      await t.close()
    }
  })
})
