import { feedbackSettingDefinitions } from './feedback/settings.ts'
import { identitySettingDefinitions } from './identity/settings.ts'
import { licenceSettingDefinitions } from './licences/settings.ts'
import { kioskSettingDefinitions } from './kiosk/settings.ts'
import { studioSettingDefinitions } from './routes/studio.ts'
import { settingRows, settingsTable, type SettingRow } from './settings.ts'

/** Every environment variable the product reads, grouped as the README's settings table shows them. */
export const allSettings: { group: string; rows: SettingRow[] }[] = [
  { group: 'Server, storage and drafts', rows: settingsTable },
  { group: 'Kiosk', rows: settingRows(kioskSettingDefinitions) },
  { group: 'Evaluation, tickets and staff desk', rows: settingRows(feedbackSettingDefinitions) },
  { group: 'Editor studio', rows: settingRows(studioSettingDefinitions) },
  { group: 'Sign-in (统一身份认证)', rows: settingRows(identitySettingDefinitions) },
  { group: 'Electronic licences (电子证照)', rows: settingRows(licenceSettingDefinitions) },
]
