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
  /** The message in English. */
  message: string
  /** The same message in Chinese, for editors working in Chinese (every check gives both). */
  zh: string
}

/** Which language a person reads check messages in: `zh` shows Chinese first with the English below. */
export type MessageLanguage = 'zh' | 'en'

/** One problem as a line an editor can click, in English: `file:line:col  /pointer  message`. */
export function formatProblem(p: Problem): string {
  return formatProblemIn(p, 'en')
}

/**
 * One problem in the editor's language. In Chinese the Chinese message comes first and the English
 * follows on an indented line, so a message can be searched for or reported in either language.
 *
 * @example formatProblemIn(p, 'zh') // 'scenes/x.json:3:5  /start  起始步骤 "welcom" 不是本脚本中的步骤…\n    start "welcom" is not a step…'
 */
export function formatProblemIn(p: Problem, language: MessageLanguage): string {
  const at = `${p.file}:${p.line}:${p.column}  ${p.pointer || '/'}  `
  if (language === 'zh' && p.zh) return `${at}${p.zh}\n    ${p.message}`
  return `${at}${p.message}`
}

/**
 * The language check messages are printed in: `--lang zh|en` wins, then `LANG`/`LC_ALL` starting
 * with `zh` (e.g. `zh_CN.UTF-8`), else English.
 */
export function messageLanguage(argv: readonly string[], env: Record<string, string | undefined>): MessageLanguage {
  const at = argv.indexOf('--lang')
  const flag = argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length) ?? (at >= 0 ? argv[at + 1] : undefined)
  if (flag === 'zh' || flag === 'en') return flag
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}
