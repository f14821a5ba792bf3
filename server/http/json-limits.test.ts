import { describe, expect, it } from 'vitest'
import { findOverlongString, scanJsonLimits } from './json-limits.ts'

const limits = { maxDepth: 3, maxValues: 6, maxStringLength: 5 }

describe('bounding a JSON body before parsing it', () => {
  it('passes a body within the limits, whatever its strings hold', () => {
    expect(scanJsonLimits('{"a": [1, 2], "b": "[[[{{{"}', limits)).toBeNull()
    expect(scanJsonLimits('{"a\\"[[[": {"b": {}}}', limits)).toBeNull()
  })

  it('points at the value that nests one level too deep', () => {
    expect(scanJsonLimits('{"a": [{"b": [1]}]}', limits)).toEqual({ pointer: '/a/0/b', message: 'nested deeper than 3 levels; send a flatter value' })
    expect(scanJsonLimits('[1, [2, [3, [4]]]]', limits)).toEqual({ pointer: '/1/1/1', message: 'nested deeper than 3 levels; send a flatter value' })
  })

  it('points at the value past the largest count, counting keys and items alike', () => {
    expect(scanJsonLimits('{"a": 1, "b": 2, "c": [1, 2, 3, 4]}', limits)).toEqual({ pointer: '/c/2', message: 'holds more than 6 values; send fewer' })
  })

  it('reads escaped keys back for the pointer', () => {
    expect(scanJsonLimits('{"a/b~\\u0063": [[[1]]]}', limits)).toEqual({ pointer: '/a~1b~0c/0/0', message: 'nested deeper than 3 levels; send a flatter value' })
  })

  it('finds a string longer than the limit after parsing, and a key longer than 200 characters', () => {
    expect(findOverlongString({ a: ['ok', '123456'] }, 5)).toEqual({ pointer: '/a/1', message: 'is longer than 5 characters' })
    expect(findOverlongString({ ['k'.repeat(201)]: 1 }, 5)?.message).toBe('has a key longer than 200 characters')
    expect(findOverlongString({ a: '12345' }, 5)).toBeNull()
  })
})
