import type { Matter } from '../../core/content/matter.ts'

/**
 * A catalogue-sized list of plausible matters for search benchmarks: the real-looking fixture
 * matters plus `count` generated ones whose names, keywords and summaries combine the vocabulary of
 * Chinese service guides, so the index holds realistic text, pinyin and English.
 */
const subjects = [
  ['食品', 'food'], ['药品', 'medicine'], ['建筑', 'building'], ['道路', 'road'], ['排水', 'drainage'], ['烟草', 'tobacco'],
  ['医疗机构', 'clinic'], ['旅馆', 'hotel'], ['娱乐场所', 'entertainment venue'], ['出租汽车', 'taxi'], ['危险化学品', 'hazardous chemical'],
  ['户外广告', 'outdoor advertising'], ['公共场所', 'public place'], ['民办学校', 'private school'], ['养老机构', 'care home'],
  ['不动产', 'real estate'], ['住房公积金', 'housing fund'], ['社会保险', 'social insurance'], ['特种设备', 'special equipment'], ['林木', 'timber'],
] as const
const actions = [
  ['经营许可', 'operating licence'], ['设立登记', 'registration'], ['变更登记', 'change of registration'], ['注销登记', 'deregistration'],
  ['备案', 'filing'], ['年度检验', 'annual inspection'], ['证明开具', 'certificate'], ['审批', 'approval'], ['延续', 'renewal'], ['补办', 'replacement'],
] as const
const places = ['市级', '区级', '新城区', '江川港区', '开发区', '高新区'] as const

function variant(base: Matter, i: number): Matter {
  const [szh, sen] = subjects[i % subjects.length]!
  const [azh, aen] = actions[Math.floor(i / subjects.length) % actions.length]!
  const place = places[Math.floor(i / (subjects.length * actions.length)) % places.length]!
  return {
    ...base,
    id: `generated-${i}`,
    name: { zh: `${place}${szh}${azh}（${i}）`, en: `${sen} ${aen} (${place} ${i})` },
    keywords: [`${szh}${azh}`, `${szh}证`, azh],
    summary: {
      zh: `申请人办理${szh}${azh}，应当提交申请材料，经审查符合条件的，予以办理。`,
      en: `Apply for ${sen} ${aen}. If your documents meet the conditions, it is granted.`,
    },
  }
}

export function manyMatters(fixture: readonly Matter[], count: number): Matter[] {
  const generated = Array.from({ length: Math.max(0, count - fixture.length) }, (_, i) => variant(fixture[i % fixture.length]!, i))
  return [...fixture, ...generated]
}
