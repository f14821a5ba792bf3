/**
 * A located problem in an editor's file, printed as
 * `content/matters/food-business-licence.json:12:7  /promisedLimit/value  the promised limit (30 工作日) is longer than the legal limit (20 工作日)`.
 * Checks return lists of these; they never throw for bad content.
 */
export type Problem = {
  /** Path relative to the repository root, with forward slashes. */
  file: string
  /** 1-based line and column of the value the pointer names (of the file start when unknown). */
  line: number
  column: number
  /** RFC 6901 JSON pointer into the file, '' for the whole document. */
  pointer: string
  message: string
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.pointer || '/'}  ${p.message}`
}
