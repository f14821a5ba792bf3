import { describe, expect, it } from 'vitest'
import { fixtureFiles } from '../../test/fixtures/content/fixture-files.ts'
import { nodeAtPointer, parseSourceFile, problemAt, type ParsedFile } from './locate.ts'
import { formatProblem, formatProblemIn } from './problem.ts'
import { readContent } from './read-content.ts'

function syntaxProblems(path: string, text: string): string[] {
  const result = parseSourceFile({ path, text })
  return 'problems' in result ? result.problems.map(formatProblem) : []
}

function parsed(text: string): ParsedFile {
  const result = parseSourceFile({ path: 'content/themes.json', text })
  if (!('parsed' in result)) throw new Error('the test text should parse')
  return result.parsed
}

describe('parseSourceFile', () => {
  it('reports every broken file of a folder at the line and column of its mistake, in plain words', () => {
    expect(readContent(fixtureFiles('syntax')).problems.map(formatProblem)).toEqual([
      'content/departments.json:9:32  /  trailing comma: remove this , before the closing }',
      'content/hall/layout.json:2:3  /  comments are not allowed in JSON',
      'content/matters/birth-medical-certificate.json:4:31  /  unexpected character: check for a missing quote or a stray letter',
      'content/themes.json:6:1  /  unexpected end of file: a closing } is missing',
      'scenes/have-a-baby.json:4:3  /  a comma , is missing before this',
    ])
  })

  it('says each syntax mistake in Chinese first for a Chinese reader', () => {
    expect(readContent(fixtureFiles('syntax')).problems.map((p) => formatProblemIn(p, 'zh').split('\n')[0])).toEqual([
      'content/departments.json:9:32  /  多余的逗号：请删除右括号 } 前的这个 ,',
      'content/hall/layout.json:2:3  /  JSON 里不能写注释',
      'content/matters/birth-medical-certificate.json:4:31  /  意外的字符：检查是否少了引号或多了字母',
      'content/themes.json:6:1  /  文件意外结束：少了一个右花括号 }',
      'scenes/have-a-baby.json:4:3  /  这之前少了一个逗号 ,',
    ])
  })

  it('names a missing closing bracket of a list', () => {
    expect(syntaxProblems('content/themes.json', '{\n  "themes": [\n    1\n}\n')).toEqual(['content/themes.json:4:1  /  a closing ] is missing before this }'])
  })

  it('names a trailing comma at the end of a list', () => {
    expect(syntaxProblems('content/themes.json', '{ "themes": [1, 2,] }')).toEqual([
      'content/themes.json:1:18  /  trailing comma: remove this , before the closing ]',
    ])
  })

  it('names a property written without quotes', () => {
    expect(syntaxProblems('content/themes.json', '{\n  themes: []\n}')).toEqual([
      'content/themes.json:2:3  /  unexpected character: check for a missing quote or a stray letter',
    ])
  })

  it('names a key written twice in one object, which JSON would silently overwrite', () => {
    expect(syntaxProblems('content/themes.json', '{\n  "themes": [],\n  "themes": [{ "id": "tax", "id": "x" }]\n}')).toEqual([
      'content/themes.json:3:3  /  duplicate key "themes": JSON keeps only the last one, so remove one of them',
      'content/themes.json:3:29  /  duplicate key "id": JSON keeps only the last one, so remove one of them',
    ])
  })

  it('names an empty file', () => {
    expect(syntaxProblems('content/themes.json', '  \n')).toEqual(['content/themes.json:1:1  /  the file is empty: write a JSON object { … }'])
  })

  it('counts columns in characters, so Chinese text does not shift them', () => {
    expect(syntaxProblems('content/themes.json', '{ "zh": "生育收养" "en": "Birth" }')).toEqual([
      'content/themes.json:1:16  /  a comma , is missing before this',
    ])
  })
})

describe('problemAt', () => {
  const file = parsed('{\n  "themes": [\n    { "id": "birth", "name": { "zh": "生育" } },\n    { "id": "tax" }\n  ]\n}\n')

  it('places a pointer at the value it names', () => {
    expect(formatProblem(problemAt(file, '/themes/0/name/zh', 'm', '甲'))).toBe('content/themes.json:3:38  /themes/0/name/zh  m')
    expect(formatProblem(problemAt(file, '/themes/1', 'm', '甲'))).toBe('content/themes.json:4:5  /themes/1  m')
  })

  it('falls back to the nearest parent that exists when the value is missing', () => {
    expect(formatProblem(problemAt(file, '/themes/1/name/en', 'm', '甲'))).toBe('content/themes.json:4:5  /themes/1/name/en  m')
    expect(formatProblem(problemAt(file, '/themes/7', 'm', '甲'))).toBe('content/themes.json:2:13  /themes/7  m')
  })

  it('reads escaped pointer segments (~1 for / and ~0 for ~)', () => {
    const strings = parsed('{ "strings": { "a/b": "x", "c~d": "y" } }')
    expect(nodeAtPointer(strings.tree, '/strings/a~1b').value).toBe('x')
    expect(nodeAtPointer(strings.tree, '/strings/c~0d').value).toBe('y')
  })
})

describe('parseSourceFile with several mistakes', () => {
  it('reports each comment and trailing comma, not only the first mistake', () => {
    const text = '{\n  // the themes\n  "themes": [1, 2,],\n  /* more */\n  "x": 1\n}\n'
    expect(syntaxProblems('content/themes.json', text)).toEqual([
      'content/themes.json:2:3  /  comments are not allowed in JSON',
      'content/themes.json:3:18  /  trailing comma: remove this , before the closing ]',
      'content/themes.json:4:3  /  comments are not allowed in JSON',
    ])
  })
})
