import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FormField } from '../../core/content/form.ts'
import FieldInput from './FieldInput.svelte'
import GroupField from './GroupField.svelte'

afterEach(() => cleanup())

const label = (zh: string) => ({ zh, en: zh })
const options = [
  { value: 'rented', label: label('租赁') },
  { value: 'owned', label: label('自有房产') },
]
const error = { zh: '这里有错。', en: 'Something is wrong here.' }

function renderField(field: FormField, value?: unknown) {
  const onchange = vi.fn()
  const onleave = vi.fn()
  render(FieldInput, { field, value: value as never, pointer: `/${field.id}`, required: true, error, onchange, onleave })
  return { onchange, onleave }
}

/** The element named by each id in aria-describedby, as text. */
function described(element: Element): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ')
}

describe('FieldInput', () => {
  const textLike: [FormField['type'], string, string | null][] = [
    ['text', 'INPUT', 'text'],
    ['textarea', 'TEXTAREA', null],
    ['address', 'TEXTAREA', null],
    ['number', 'INPUT', 'text'],
    ['date', 'INPUT', 'date'],
    ['phone', 'INPUT', 'tel'],
    ['id-card', 'INPUT', 'text'],
    ['uscc', 'INPUT', 'text'],
  ]
  for (const [type, tag, inputType] of textLike) {
    it(`renders a ${type} field as a labelled ${tag.toLowerCase()} described by its help and its error`, () => {
      renderField({ id: 'f', type, label: label('字段'), help: label('帮助文字') })
      const input = screen.getByLabelText(/字段/)
      expect(input.tagName).toBe(tag)
      if (inputType) expect(input.getAttribute('type')).toBe(inputType)
      expect(input.id).toBe('field-f')
      expect(input.getAttribute('aria-invalid')).toBe('true')
      expect(described(input)).toBe('帮助文字 | 错误：这里有错。')
    })
  }

  it('stores a plainly written number as a number and anything else as typed', async () => {
    const { onchange } = renderField({ id: 'capital', type: 'number', label: label('注册资本') })
    const input = screen.getByLabelText(/注册资本/)
    await fireEvent.input(input, { target: { value: '50' } })
    expect(onchange).toHaveBeenLastCalledWith(50)
    await fireEvent.input(input, { target: { value: '1.' } })
    expect(onchange).toHaveBeenLastCalledWith('1.')
  })

  it('renders a select with a blank first choice and sends the chosen value', async () => {
    const { onchange } = renderField({ id: 'kind', type: 'select', label: label('类型'), options })
    const select = screen.getByLabelText(/类型/) as HTMLSelectElement
    expect(select.tagName).toBe('SELECT')
    expect([...select.options].map((o) => o.textContent)).toEqual(['请选择', '租赁', '自有房产'])
    await fireEvent.change(select, { target: { value: 'owned' } })
    expect(onchange).toHaveBeenCalledWith('owned')
    expect(described(select)).toContain('这里有错。')
  })

  it('renders radios as a fieldset whose legend is the label, described by the error', async () => {
    const { onchange } = renderField({ id: 'premises', type: 'radio', label: label('住所使用方式'), options }, 'rented')
    const group = screen.getByRole('group', { name: /住所使用方式/ })
    expect(group.tagName).toBe('FIELDSET')
    expect(described(group)).toContain('这里有错。')
    expect((screen.getByLabelText('租赁') as HTMLInputElement).checked).toBe(true)
    expect(screen.getByLabelText('租赁').id).toBe('field-premises')
    await fireEvent.click(screen.getByLabelText('自有房产'))
    expect(onchange).toHaveBeenCalledWith('owned')
  })

  it('renders a checkbox with options as boxes and sends the ticked values in option order', async () => {
    const { onchange } = renderField({ id: 'seals', type: 'checkbox', label: label('印章'), options }, ['owned'])
    expect(screen.getAllByRole('checkbox')).toHaveLength(2)
    await fireEvent.click(screen.getByLabelText('租赁'))
    expect(onchange).toHaveBeenCalledWith(['rented', 'owned'])
  })

  it('renders a checkbox without options as one yes/no box', async () => {
    const { onchange } = renderField({ id: 'declaration', type: 'checkbox', label: label('我承诺所填内容真实') })
    const box = screen.getByRole('checkbox', { name: /我承诺所填内容真实/ })
    expect(described(box)).toContain('这里有错。')
    await fireEvent.click(box)
    expect(onchange).toHaveBeenCalledWith(true)
  })

  it('reports leaving the field only when focus goes outside it', async () => {
    const { onleave } = renderField({ id: 'premises', type: 'radio', label: label('住所使用方式'), options })
    const [first, second] = [screen.getByLabelText('租赁'), screen.getByLabelText('自有房产')]
    await fireEvent.focusOut(first, { relatedTarget: second })
    expect(onleave).not.toHaveBeenCalled()
    await fireEvent.focusOut(second, { relatedTarget: document.body })
    expect(onleave).toHaveBeenCalledTimes(1)
  })
})

describe('GroupField', () => {
  const shareholders: FormField = {
    id: 'shareholders',
    type: 'group',
    label: label('股东'),
    minItems: 1,
    maxItems: 2,
    fields: [{ id: 'name', type: 'text', label: label('姓名'), required: true }],
  }

  it('adds and removes items with buttons that name them, and shows the group error', async () => {
    const onchange = vi.fn()
    const props = { field: shareholders, pointer: '/shareholders', answers: {}, errors: { '/shareholders': error }, onchange, onleave: () => {} }
    const { rerender } = render(GroupField, { ...props, items: [] })
    expect(screen.getByText('这里有错。')).toBeTruthy()
    await fireEvent.click(screen.getByRole('button', { name: '添加股东' }))
    expect(onchange).toHaveBeenLastCalledWith([{}])
    await rerender({ ...props, items: [{ name: '张三' }, { name: '李四' }] })
    expect(screen.getByRole('group', { name: '股东 2' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: /再添加/ })).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: '删除股东 1' }))
    expect(onchange).toHaveBeenLastCalledWith([{ name: '李四' }])
  })
})

describe('a field filled for a signed-in citizen', () => {
  const phone: FormField = { id: 'contact-phone', type: 'phone', label: label('联系电话'), identity: 'phone' }

  it('says a verified value is verified and cannot be changed, and keeps it read-only', () => {
    render(FieldInput, { field: phone, value: '13800138000', pointer: '/contact-phone', required: true, prefill: { source: 'identity', locked: true }, onchange: vi.fn(), onleave: vi.fn() })
    const input = screen.getByLabelText(/联系电话/) as HTMLInputElement
    expect(input.readOnly).toBe(true)
    expect(described(input)).toContain('已按您的实名认证信息填写（已核验，不可修改）。')
  })

  it('says an answer came from the last application and leaves it changeable', () => {
    const field: FormField = { id: 'operator-name', type: 'text', label: label('经营者名称') }
    render(FieldInput, { field, value: '好味道餐饮店', pointer: '/operator-name', required: true, prefill: { source: 'earlier', locked: false }, onchange: vi.fn(), onleave: vi.fn() })
    const input = screen.getByLabelText(/经营者名称/) as HTMLInputElement
    expect(input.readOnly).toBe(false)
    expect(described(input)).toContain('已按您上次的申请填写，请核对，可修改。')
  })
})
