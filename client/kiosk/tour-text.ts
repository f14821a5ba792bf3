import type { Text } from '../../core/content/text.ts'

/** The start screen's tour words, in both languages (beside the code, as the hall's own are in hall-text.ts, whose "window" it shares). */
export const tourText = {
  windows: { zh: '{numbers} 号窗口', en: 'Windows {numbers}' },
  handles: { zh: '办理：{list}', en: 'Handles: {list}' },
  handlesMore: { zh: '办理：{list}等 {total} 项', en: 'Handles: {list} and {rest} more' },
  here: { zh: '这里有：{list}', en: 'Here: {list}' },
  overview: { zh: '大厅分区：{list}', en: 'Areas of the hall: {list}' },
  tour: { zh: '大厅导览', en: 'A tour of the hall' },
  separator: { zh: '、', en: ', ' },
} satisfies Record<string, Text>
