import { elements, runsText } from './xml-text.ts'

/** The workbook's shared strings (sharedStrings.xml), by index: cells of type "s" name one of them. */
export function sharedStrings(xml: string): string[] {
  const strings: string[] = []
  for (const si of elements(xml, 'si')) strings.push(runsText(si.content))
  return strings
}
