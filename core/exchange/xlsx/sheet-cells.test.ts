import { describe, expect, it } from 'vitest'
import { dateStyles } from './date-styles.ts'
import { sharedStrings } from './shared-strings.ts'
import { sheetCells, type SheetContext } from './sheet-cells.ts'

const plain: SheetContext = { strings: [], dateStyles: new Set(), date1904: false }
const sheet = (rows: string, after = '') => `<worksheet><dimension ref="A1"/><sheetData>${rows}</sheetData>${after}</worksheet>`

describe('a worksheet read as cell texts', () => {
  it('reads shared, inline and rich strings, numbers, booleans, errors and formula results as a spreadsheet shows them', () => {
    const strings = sharedStrings(
      '<sst><si><t>事项名称</t></si><si><r><rPr><b/></rPr><t>烟草专卖</t></r><r><t xml:space="preserve">零售许可</t></r><rPh sb="0" eb="2"><t>ヤンツァオ</t></rPh></si><si><t/></si></sst>',
    )
    expect(strings).toEqual(['事项名称', '烟草专卖零售许可', ''])
    const rows = sheetCells(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>受理</t></r><r><t>条件</t></r></is></c>' +
          '<c r="D1"><v>20</v></c><c r="E1"><v>0.5</v></c><c r="F1" t="b"><v>1</v></c><c r="G1" t="e"><v>#N/A</v></c>' +
          '<c r="H1" t="str"><f>A1&amp;"（英文）"</f><v>事项名称（英文）</v></c><c r="I1"><f>1+1</f><v>2</v></c><c r="J1"><f>NOW()</f></c><c r="K1" s="3"/></row>',
      ),
      { ...plain, strings },
    )
    expect(rows).toEqual([['事项名称', '烟草专卖零售许可', '受理条件', '20', '0.5', 'true', '#N/A', '事项名称（英文）', '2', '', '']])
  })

  it('places cells by their reference, and rows and cells written without one after the one before', () => {
    const rows = sheetCells(sheet('<row r="2"><c r="C2" t="inlineStr"><is><t>C2</t></is></c></row><row><c t="inlineStr"><is><t>A3</t></is></c><c t="inlineStr"><is><t>B3</t></is></c></row><row r="5"/>'), plain)
    expect(rows).toEqual([[], ['', '', 'C2'], ['A3', 'B3'], [], []])
  })

  it('shows a merged range’s text in each of its cells, within the rows the sheet has', () => {
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`
    const rows = sheetCells(
      sheet(`<row r="1">${cell('A1', '实施主体')}${cell('B1', '事项名称')}</row><row r="2">${cell('A2', '江川市市场监督管理局')}${cell('B2', '食品经营许可')}</row><row r="3"><c r="A3" s="1"/>${cell('B3', '药品经营许可')}</row>`, '<mergeCells count="1"><mergeCell ref="A2:A9"/></mergeCells>'),
      plain,
    )
    expect(rows.map((r) => r[0])).toEqual(['实施主体', '江川市市场监督管理局', '江川市市场监督管理局'])
  })

  it('reads day counts in date styles as dates, counted from 1900 or from 1904', () => {
    const styles = dateStyles('<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot;元&quot;"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"><alignment wrapText="1"/></xf><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs>')
    expect([...styles].sort()).toEqual([1, 2, 4])
    const row = '<row r="1"><c r="A1" s="1"><v>46346</v></c><c r="B1" s="2"><v>46346</v></c><c r="C1" s="3"><v>46346</v></c><c r="D1" s="4"><v>46346.5</v></c><c r="E1"><v>46346</v></c></row>'
    expect(sheetCells(sheet(row), { ...plain, dateStyles: styles })).toEqual([['2026-11-20', '2026-11-20', '46346', '2026-11-20 12:00', '46346']])
    expect(sheetCells(sheet('<row r="1"><c r="A1" s="1"><v>44884</v></c></row>'), { ...plain, dateStyles: styles, date1904: true })).toEqual([['2026-11-20']])
  })

  it('reads tags written with a namespace prefix', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>办理地点</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>'
    expect(sheetCells(xml, { ...plain, strings: ['实施编码'] })).toEqual([['实施编码', '办理地点']])
  })

  it('decodes entities, CDATA and Excel’s _x000D_ escapes, and trims each cell', () => {
    const strings = sharedStrings('<sst><si><t xml:space="preserve">  A&amp;B &lt;1&gt; &#x4E2D;&#25991; </t></si><si><t>第一行_x000D_\n第二行</t></si><si><t>_x005F_x000D_</t></si><si><t><![CDATA[<原样>]]></t></si></sst>')
    expect(strings).toEqual(['  A&B <1> 中文 ', '第一行\r\n第二行', '_x000D_', '<原样>'])
    const row = `<row r="1">${strings.map((_, i) => `<c t="s"><v>${i}</v></c>`).join('')}</row>`
    expect(sheetCells(sheet(row), { ...plain, strings })).toEqual([['A&B <1> 中文', '第一行\n第二行', '_x000D_', '<原样>']])
  })

  it('reads a sheet without cells as no rows', () => {
    expect(sheetCells('<worksheet><sheetData/></worksheet>', plain)).toEqual([])
    expect(sheetCells('<worksheet/>', plain)).toEqual([])
  })
})
