import { minutesOf } from '../../live/service-times.ts'
import { canJudgeReferencesInto, type ContentCheck, type FileFinding } from '../loaded-content.ts'

const servingKinds = new Set(['acceptance', 'business', 'special'])

/**
 * Each zone's service times name a serving zone of the hall once, with its own ticket letter, opening
 * periods that run forwards, in order and apart, at least one whole slot long, and a window to serve at.
 */
export const checkServiceTimes: ContentCheck = (content) => {
  const zones = new Map(content.zones.map((z) => [z.value.id, z.value]))
  const judgeZones = canJudgeReferencesInto(content, 'content/hall/layout.json') && content.hall !== null
  const seenZones = new Set<string>()
  const seenPrefixes = new Map<string, string>()
  return content.serviceTimes.flatMap(({ file, pointer, value: s }) => {
    const findings: FileFinding[] = []
    const at = (p: string, message: string, zh: string) => findings.push({ file, pointer: `${pointer}${p}`, message, zh })
    const zone = zones.get(s.zone)
    if (judgeZones && !zone) at('/zone', `unknown zone "${s.zone}" (not among the zones of content/hall/layout.json)`, `未知的区域 "${s.zone}"（不在 content/hall/layout.json 的区域中）`)
    else if (zone && !servingKinds.has(zone.kind)) at('/zone', `zone "${s.zone}" is a ${zone.kind} area: only acceptance, business and special zones take bookings and tickets`, `区域 "${s.zone}" 是 ${zone.kind} 区：只有受理区（acceptance、business、special）可以预约和取号`)
    else if (zone && !content.windows.some((w) => w.value.zone === s.zone)) at('/zone', `zone "${s.zone}" has no window in content/hall/layout.json to call tickets to`, `区域 "${s.zone}" 在 content/hall/layout.json 中没有窗口，无法叫号`)
    if (seenZones.has(s.zone)) at('/zone', `zone "${s.zone}" already has its service times above: give each zone one entry`, `区域 "${s.zone}" 在上面已经有服务时间：每个区域只写一条`)
    seenZones.add(s.zone)
    const other = seenPrefixes.get(s.ticketPrefix)
    if (other !== undefined) at('/ticketPrefix', `ticket letter "${s.ticketPrefix}" is already used by zone "${other}": tickets of two zones would share numbers`, `号码字母 "${s.ticketPrefix}" 已被区域 "${other}" 使用：两个区域的号码会重复`)
    else seenPrefixes.set(s.ticketPrefix, s.zone)
    let previousEnd = -1
    s.hours.forEach((h, i) => {
      const from = minutesOf(h.from)
      const to = minutesOf(h.to)
      if (to <= from) at(`/hours/${i}/to`, `the period ends at ${h.to}, not after it starts at ${h.from}`, `这个时段在 ${h.to} 结束，没有晚于开始时间 ${h.from}`)
      else if (to - from < s.slotMinutes) at(`/hours/${i}`, `the period ${h.from}-${h.to} is shorter than one ${s.slotMinutes}-minute slot, so nothing could be booked in it`, `时段 ${h.from}-${h.to} 不足一个 ${s.slotMinutes} 分钟的号段，无法预约`)
      if (from < previousEnd) at(`/hours/${i}/from`, `the period starts at ${h.from}, before the previous one ends: list periods in order, without overlap`, `这个时段在 ${h.from} 开始，早于上一个时段的结束：请按顺序列出时段，不要重叠`)
      previousEnd = Math.max(previousEnd, to)
    })
    return findings
  })
}
