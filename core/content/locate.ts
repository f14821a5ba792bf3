import { parseTree, visit, type Node, type ParseError } from 'jsonc-parser'
import type { SourceFile } from './catalogue.ts'
import type { FileFinding } from './loaded-content.ts'
import type { Problem } from './problem.ts'
import { syntaxMessage } from './syntax-message.ts'

/** A source file whose JSON parsed cleanly: its value plus the syntax tree that maps pointers to positions. */
export type ParsedFile = { readonly path: string; readonly text: string; readonly tree: Node; readonly value: unknown }

/**
 * The syntax tree is built only when a problem needs a position: for a catalogue of thousands of
 * files, building every tree up front cost more in garbage collection than all the checks together.
 */
class CleanFile implements ParsedFile {
  #tree: Node | undefined
  constructor(readonly path: string, readonly text: string, readonly value: unknown) {}
  get tree(): Node {
    this.#tree ??= parseTree(this.text, [], { allowTrailingComma: false, disallowComments: true })!
    return this.#tree
  }
}

/**
 * Parses strict JSON (no comments, no trailing commas). Every syntax error comes back as a located
 * problem, e.g. `content/themes.json:9:1  /  unexpected end of file: a closing } is missing`.
 */
export function parseSourceFile(file: SourceFile): { parsed: ParsedFile } | { problems: Problem[] } {
  if (file.text.trim() === '') return { problems: [problemAtOffset(file, 0, 'the file is empty: write a JSON object { … }', '文件是空的：请写一个 JSON 对象 { … }')] }
  const value = parseOrUndefined(file.text)
  if (value !== undefined) {
    const duplicates = duplicateKeyOffsets(file.text).map(({ offset, key }) =>
      problemAtOffset(file, offset, `duplicate key ${JSON.stringify(key)}: JSON keeps only the last one, so remove one of them`, `重复的键 ${JSON.stringify(key)}：JSON 只保留最后一个，请删掉其中一个`),
    )
    if (duplicates.length > 0) return { problems: duplicates }
    return { parsed: new CleanFile(file.path, file.text, value) }
  }
  const errors: ParseError[] = []
  const tree = parseTree(file.text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors.length === 0 && tree) return { problems: [problemAtOffset(file, 0, 'the file is not strict JSON', '文件不是严格的 JSON')] }
  const problems: Problem[] = []
  for (const error of errors) {
    const { offset, message, zh, standalone } = syntaxMessage(file.text, error)
    const problem = problemAtOffset(file, offset, message, zh)
    // After a structural mistake the parser's later complaints are mostly echoes of it; mistakes that
    // stand alone (a comment, a trailing comma, a bad escape) are each worth reporting.
    if (problems.length > 0 && !standalone) continue
    if (!problems.some((p) => p.line === problem.line)) problems.push(problem)
  }
  return { problems }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Keys that repeat an earlier key of the same object (JSON.parse would silently keep the last). */
function duplicateKeyOffsets(text: string): { offset: number; key: string }[] {
  const found: { offset: number; key: string }[] = []
  const open: Set<string>[] = []
  visit(text, {
    onObjectBegin: () => void open.push(new Set()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, offset) => {
      const seen = open[open.length - 1]!
      if (seen.has(key)) found.push({ offset, key })
      else seen.add(key)
    },
  })
  return found
}

/** A problem at a JSON pointer of a parsed file, placed at the value it names (or its nearest existing parent). */
export function problemAt(file: ParsedFile, pointer: string, message: string, zh: string): Problem {
  const { line, column } = lineAndColumn(file.text, nodeAtPointer(file.tree, pointer).offset)
  return { file: file.path, line, column, pointer, message, zh }
}

/** Places check findings in their files; a finding about a file that did not parse goes at its start. */
export function locateFindings(parsed: ReadonlyMap<string, ParsedFile>, findings: readonly FileFinding[]): Problem[] {
  return findings.map((f) => {
    const file = parsed.get(f.file)
    return file ? problemAt(file, f.pointer, f.message, f.zh) : { ...problemAtFileStart(f.file, f.message, f.zh), pointer: f.pointer }
  })
}

/** A problem about a whole file (missing, unexpected), placed at its first character. */
export function problemAtFileStart(path: string, message: string, zh: string): Problem {
  return { file: path, line: 1, column: 1, pointer: '', message, zh }
}

/** The node a pointer names, or the deepest existing node on the way there. */
export function nodeAtPointer(root: Node, pointer: string): Node {
  let node = root
  for (const segment of pointerSegments(pointer)) {
    const child = childNode(node, segment)
    if (!child) break
    node = child
  }
  return node
}

/** `/materials/0/name` -> ['materials', '0', 'name'] (RFC 6901, with ~1 and ~0 unescaped). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** ['materials', 0, 'name'] -> `/materials/0/name`. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

function childNode(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') {
    if (!/^\d+$/.test(segment)) return undefined
    return node.children?.[Number(segment)]
  }
  if (node.type !== 'object') return undefined
  const property = node.children?.find((p) => p.children?.[0]?.value === segment)
  return property?.children?.[1] ?? property
}

function problemAtOffset(file: SourceFile, offset: number, message: string, zh: string): Problem {
  return { file: file.path, ...lineAndColumn(file.text, offset), pointer: '', message, zh }
}

/** 1-based line and column (in characters) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 }
}
