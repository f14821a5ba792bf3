import type { Text } from '../../core/content/text.ts'

/** The hall panel's own words, in both languages (kept here so the lazily loaded view needs no fetch). */
export const hallText = {
  unavailable: { zh: '地图暂不可用', en: 'The hall map is unavailable' },
  unavailableMore: {
    zh: '您的浏览器无法显示大厅动画。办事引导不受影响，请继续在左侧作答。',
    en: 'Your browser cannot show the animated hall. The guidance is not affected: carry on with the questions.',
  },
  loading: { zh: '正在加载大厅地图', en: 'Loading the hall map' },
  show: { zh: '显示大厅动画', en: 'Show the animated hall' },
  showWhy: {
    zh: '为节省手机流量，大厅动画（约 180 KB）在您点击后才加载。导办员的话和窗口列表已在本页。',
    en: 'To save mobile data, the animated hall (about 180 kB) loads only when you ask. The guide’s words and the list of windows are on this page already.',
  },
  pause: { zh: '暂停动画', en: 'Pause animation' },
  resume: { zh: '继续动画', en: 'Resume animation' },
  reduceMotion: { zh: '减少动画', en: 'Reduce motion' },
  directory: { zh: '大厅窗口和设施', en: 'Windows and facilities in the hall' },
  windows: { zh: '窗口', en: 'Windows' },
  facilities: { zh: '设施', en: 'Facilities' },
  handles: { zh: '办理事项', en: 'Handles' },
  showOnMap: { zh: '在地图上查看', en: 'Show on the map' },
  window: { zh: '{n} 号窗口', en: 'Window {n}' },
  guideAt: { zh: '导办员带您到：{place}', en: 'The guide takes you to: {place}' },
  route: { zh: '办事路线：依次前往 {windows}', en: 'Your route: go to {windows}, in this order' },
  priority: { zh: '爱心窗口', en: 'Priority window' },
} satisfies Record<string, Text>

/** Fills `{name}` slots: `fill('{n} 号窗口', { n: 7 })` -> "7 号窗口". */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
