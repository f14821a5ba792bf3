import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkServiceTimes } from './service-times.ts'

const times = 'content/hall/service-times.json'
const addZone = (json: any, zone: object) => json.zones.push({ ...json.zones[0], ...zone })

describe('checkServiceTimes', () => {
  it('passes the sample service times', () => {
    expect(problemsFrom(validFiles(), checkServiceTimes)).toEqual([])
  })

  it('points at a zone the hall does not have', () => {
    const files = editJson(validFiles(), times, (j) => (j.zones[0].zone = 'business-start'))
    expect(problemsFrom(files, checkServiceTimes)).toEqual([`${times}:5:15  /zones/0/zone  unknown zone "business-start" (not among the zones of content/hall/layout.json)`])
    expect(problemsInChinese(files, checkServiceTimes)).toMatchInlineSnapshot(`
      [
        "content/hall/service-times.json:5:15  /zones/0/zone  未知的区域 "business-start"（不在 content/hall/layout.json 的区域中）",
      ]
    `)
  })

  it('points at a zone where nobody is served', () => {
    const files = editJson(validFiles(), times, (j) => (j.zones[0].zone = 'guide'))
    expect(problemsFrom(files, checkServiceTimes)).toEqual([`${times}:5:15  /zones/0/zone  zone "guide" is a guide area: only acceptance, business and special zones take bookings and tickets`])
    expect(problemsInChinese(files, checkServiceTimes)).toMatchInlineSnapshot(`
      [
        "content/hall/service-times.json:5:15  /zones/0/zone  区域 "guide" 是 guide 区：只有受理区（acceptance、business、special）可以预约和取号",
      ]
    `)
  })

  it('points at a second entry for a zone and at a ticket letter used twice', () => {
    const files = editJson(validFiles(), times, (j) => addZone(j, {}))
    expect(problemsFrom(files, checkServiceTimes)).toEqual([
      `${times}:23:15  /zones/1/zone  zone "business-startup" already has its service times above: give each zone one entry`,
      `${times}:24:23  /zones/1/ticketPrefix  ticket letter "A" is already used by zone "business-startup": tickets of two zones would share numbers`,
    ])
    expect(problemsInChinese(files, checkServiceTimes)).toMatchInlineSnapshot(`
      [
        "content/hall/service-times.json:23:15  /zones/1/zone  区域 "business-startup" 在上面已经有服务时间：每个区域只写一条",
        "content/hall/service-times.json:24:23  /zones/1/ticketPrefix  号码字母 "A" 已被区域 "business-startup" 使用：两个区域的号码会重复",
      ]
    `)
  })

  it('points at a period that runs backwards, one shorter than a slot, and periods out of order', () => {
    const files = editJson(validFiles(), times, (j) => {
      j.zones[0].hours = [{ from: '13:30', to: '17:00' }, { from: '12:00', to: '09:00' }, { from: '17:00', to: '17:20' }]
    })
    expect(problemsFrom(files, checkServiceTimes)).toEqual([
      `${times}:14:17  /zones/0/hours/1/to  the period ends at 09:00, not after it starts at 12:00`,
      `${times}:13:19  /zones/0/hours/1/from  the period starts at 12:00, before the previous one ends: list periods in order, without overlap`,
      `${times}:16:9  /zones/0/hours/2  the period 17:00-17:20 is shorter than one 30-minute slot, so nothing could be booked in it`,
    ])
    expect(problemsInChinese(files, checkServiceTimes)).toMatchInlineSnapshot(`
      [
        "content/hall/service-times.json:14:17  /zones/0/hours/1/to  这个时段在 09:00 结束，没有晚于开始时间 12:00",
        "content/hall/service-times.json:13:19  /zones/0/hours/1/from  这个时段在 12:00 开始，早于上一个时段的结束：请按顺序列出时段，不要重叠",
        "content/hall/service-times.json:16:9  /zones/0/hours/2  时段 17:00-17:20 不足一个 30 分钟的号段，无法预约",
      ]
    `)
  })
})
