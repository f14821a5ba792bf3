import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HallLayout } from '../../core/content/hall-layout.ts'
import type { Matter } from '../../core/content/matter.ts'
import { formatJson } from '../../core/content/format-json.ts'

/**
 * A copy of the shipped content with `count` matters in all, for tests and benches at a real
 * centre's scale (several hundred to a few thousand matters). The added guides are variants of the
 * shipped ones under the vocabulary of real implementation lists (subjects x actions x levels),
 * each with its own id, codes, name, summary and keywords, its department's window, and listed on
 * that window in layout.json, so every content check passes on the result.
 */
const subjects = [
  ['食品', 'food'], ['药品', 'medicine'], ['建筑', 'building'], ['道路', 'road'], ['排水', 'drainage'], ['烟草', 'tobacco'],
  ['医疗机构', 'clinic'], ['旅馆', 'hotel'], ['娱乐场所', 'entertainment venue'], ['出租汽车', 'taxi'], ['危险化学品', 'hazardous chemicals'],
  ['户外广告', 'outdoor advertising'], ['公共场所', 'public place'], ['民办学校', 'private school'], ['养老机构', 'care home'],
  ['不动产', 'real estate'], ['住房公积金', 'housing fund'], ['社会保险', 'social insurance'], ['特种设备', 'special equipment'], ['林木', 'timber'],
  ['犬只', 'dog'], ['燃气', 'gas supply'], ['人力资源服务', 'employment agency'], ['计量器具', 'measuring instruments'], ['档案', 'records'],
] as const
const actions = [
  ['经营许可', 'operating licence'], ['设立登记', 'registration'], ['变更登记', 'change of registration'], ['注销登记', 'deregistration'],
  ['备案', 'filing'], ['年度检验', 'annual inspection'], ['证明开具', 'certificate'], ['审批', 'approval'], ['延续', 'renewal'], ['补办', 'replacement'],
  ['信息查询', 'records search'], ['资格认定', 'qualification'],
] as const
const levels = [['市级', 'city'], ['新城区', 'Xincheng District'], ['江川港区', 'Jiangchuan Port District'], ['高新区', 'High-tech Zone'], ['开发区', 'Development Zone'], ['东湖镇', 'Donghu Town'], ['西山乡', 'Xishan Township'], ['南岭街道', 'Nanling Subdistrict'], ['北塘街道', 'Beitang Subdistrict'], ['青石镇', 'Qingshi Town']] as const

export function generatedMatter(base: Matter, i: number): Matter {
  const [szh, sen] = subjects[i % subjects.length]!
  const [azh, aen] = actions[Math.floor(i / subjects.length) % actions.length]!
  const [lzh, len] = levels[Math.floor(i / (subjects.length * actions.length)) % levels.length]!
  const serial = String(i).padStart(5, '0')
  // One matter issues each kind of electronic licence: the copies issue none.
  const { licence: _issuedByTheShippedMatter, ...rest } = base
  return {
    ...rest,
    id: `g${serial}-${sen.replace(/\s+/g, '-')}-${aen.replace(/\s+/g, '-')}`,
    code: { basic: `9${serial}001000`.slice(0, 12), implementation: `11350799MB1D0330${serial}9${serial}001000` },
    name: { zh: `${lzh}${szh}${azh}`, en: `${sen[0]!.toUpperCase()}${sen.slice(1)} ${aen} (${len})` },
    keywords: [`${szh}${azh}`, `${szh}证`, azh, lzh],
    summary: {
      zh: `${lzh}范围内办理${szh}${azh}的，申请人应当提交申请材料，经审查符合法定条件和标准的，依法予以办理。`,
      en: `Apply here for ${sen} ${aen} in ${len}. If your documents meet the legal conditions, it is granted.`,
    },
    prerequisites: [],
    updated: '2026-11-20',
  }
}

export async function writeLargeCatalogue(root: string, count: number, from = process.cwd()): Promise<{ matters: number }> {
  await cp(join(from, 'content'), join(root, 'content'), { recursive: true })
  await cp(join(from, 'scenes'), join(root, 'scenes'), { recursive: true })
  const dir = join(root, 'content/matters')
  const shipped = await Promise.all((await readdir(dir)).sort().map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as Matter))
  const layoutPath = join(root, 'content/hall/layout.json')
  const layout = JSON.parse(await readFile(layoutPath, 'utf8')) as HallLayout
  const added: Matter[] = []
  for (let i = 0; i < count - shipped.length; i++) {
    const base = shipped[i % shipped.length]!
    const window = layout.windows.find((w) => w.departments.includes(base.department))!
    const matter = { ...generatedMatter(base, i), windows: [window.number], consultation: { ...base.consultation, window: window.number } }
    window.matters.push(matter.id)
    added.push(matter)
  }
  // Write in batches: thousands of writes at once exhaust file handles on small machines.
  for (let i = 0; i < added.length; i += 200) {
    await Promise.all(added.slice(i, i + 200).map((m) => writeFile(join(dir, `${m.id}.json`), formatJson(m))))
  }
  await writeFile(layoutPath, formatJson(layout))
  return { matters: shipped.length + added.length }
}
