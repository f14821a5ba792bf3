/** The hall's colours: calm, light floors, one blue for wayfinding, warm accents for people. */
export const palette = {
  background: 0xeef1f4,
  floor: 0xfbfaf7,
  wall: 0x9aa5b1,
  zone: {
    acceptance: 0xe6eef7,
    business: 0xe4f1ec,
    'self-service': 0xf1ecf7,
    waiting: 0xf5f1e6,
    guide: 0xfbeee4,
    special: 0xf7e8ea,
  },
  zoneEdge: 0xc9d3de,
  counter: 0x5b6b7c,
  counterTop: 0xdfe5ec,
  staffSide: 0xe9edf1,
  sign: 0x0b5cad,
  signInk: 0xffffff,
  ink: 0x1f2a37,
  muted: 0x4b5563,
  desk: 0xc0742f,
  kiosk: 0x3c4a5a,
  seat: 0x9fb4c7,
  entrance: 0x7fb08f,
  highlight: 0xf2a900,
  route: 0x0b5cad,
  guide: 0xc8102e,
  visitor: 0x2f7d5b,
  skin: 0xf1c9a5,
  bubble: 0xffffff,
} as const

/** The CJK-first system font stack, the same as the page's, so signs read well in Chinese and English. */
export const fontFamily = ['PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'system-ui', 'sans-serif']
