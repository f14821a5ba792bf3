import { describe, expect, it } from 'vitest'
import { SettingsError } from '../settings.ts'
import { deadlineSettings, loadFeedbackSettings } from './settings.ts'

describe('feedback settings', () => {
  it('defaults to 15 working days for follow-ups, 5 for consultations, 10 for complaints and 15 for suggestions', () => {
    expect(deadlineSettings(loadFeedbackSettings({}))).toEqual({ 'follow-up': 15, consultation: 5, complaint: 10, suggestion: 15 })
  })

  it('names each bad variable and what to write instead', () => {
    expect(() => loadFeedbackSettings({ FOLLOWUP_WORKING_DAYS: 'fifteen', COMPLAINT_WORKING_DAYS: '0' })).toThrow(SettingsError)
    try {
      loadFeedbackSettings({ FOLLOWUP_WORKING_DAYS: 'fifteen', COMPLAINT_WORKING_DAYS: '0' })
    } catch (e) {
      expect((e as SettingsError).problems).toEqual([
        'FOLLOWUP_WORKING_DAYS="fifteen": use a whole number of days (follow-up, in working days)',
        'COMPLAINT_WORKING_DAYS="0": at least 1',
      ])
    }
  })
})
