import type { AnswerValue, Answers } from '../conditions/condition.ts'
import type { Locale } from '../content/text.ts'
import { formatMessage, type MessageParams } from '../i18n/format-message.ts'
import type { ChangedPath, NoOutcome, OutcomeDifference, OutcomeShape, TotalChange } from './outcome-diff.ts'
import type { ChangeGroup } from './outcome-diff-groups.ts'

// The words of the outcome diff, shared by `npm run diff-outcomes` (LANG or --lang) and the studio
// (its interface language), so a reviewer reads the same lines in both. Plurals go through the
// interface's interpolator (core/i18n/format-message.ts).
const words = {
  en: {
    summary: '{changed} of {routes, plural, one {# route gives} other {# routes give}} a different outcome:',
    group: '{n, plural, one {# route} other {# routes}}{where}: {differences}',
    where: ' where {answers}',
    same: '{file}: {n, plural, one {the only route gives} other {all # routes give}} the same outcome as on {base}.',
    new: '{file} is not on {base}: every route of this situation is new.',
    against: '{file} (against {base})',
    routes: 'Routes:',
    unchecked: '{n, plural, one {# problem} other {# problems}} to fix first',
    'no-answers': '(no answers)',
    yes: 'yes',
    no: 'no',
    'outcome-step': '~ ends at {after} instead of {before}',
    'matter-added': '+ matter {matter}',
    'matter-removed': '- matter {matter}',
    'matters-reordered': '~ order {before}  becomes  {after}',
    materials: '~ materials of {matter}: {list}',
    'promised-limit': '~ promised limit of {matter}: {before} → {after}',
    totals: '~ totals: {list}',
    'no-outcome': '~ was {before}; now {after}',
    'no-matters': 'no matters',
    'answer-rejected': 'no list: the answer to "{stop}" is not accepted',
    'dead-end': 'no list: the route stops at "{stop}"',
    check: '{id} (check)',
    shared: '{id} (shared)',
    matters: 'matters',
    hallVisits: 'hall visits',
    longestPromisedDays: 'longest promised time (days)',
    feesYuan: 'fees (yuan)',
    onlineMatters: 'matters online',
    comma: ', ',
    semicolon: '; ',
  },
  zh: {
    summary: '{routes} 条路线中有 {changed} 条的结果不同：',
    group: '{n} 条路线{where}：{differences}',
    where: '（{answers}）',
    same: '{file}：全部 {n} 条路线的结果与 {base} 上相同。',
    new: '{file} 不在 {base} 上：本情形的每条路线都是新的。',
    against: '{file}（对比 {base}）',
    routes: '各条路线：',
    unchecked: '先要改正 {n} 个问题',
    'no-answers': '（未作回答）',
    yes: '是',
    no: '否',
    'outcome-step': '~ 结束于 {after}，原为 {before}',
    'matter-added': '+ 事项 {matter}',
    'matter-removed': '- 事项 {matter}',
    'matters-reordered': '~ 顺序 {before}  变为  {after}',
    materials: '~ {matter} 的材料：{list}',
    'promised-limit': '~ {matter} 的承诺时限：{before} → {after}',
    totals: '~ 合计：{list}',
    'no-outcome': '~ 原为 {before}；现为 {after}',
    'no-matters': '无事项',
    'answer-rejected': '无清单：不接受对 "{stop}" 的回答',
    'dead-end': '无清单：路线停在 "{stop}"',
    check: '{id}（需核对）',
    shared: '{id}（共享获取）',
    matters: '事项数',
    hallVisits: '到大厅次数',
    longestPromisedDays: '最长承诺时限（天）',
    feesYuan: '费用（元）',
    onlineMatters: '可网办事项数',
    comma: '，',
    semicolon: '；',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type OutcomeDiffWord = keyof (typeof words)['en']

/**
 * The outcome diff's lines in one language.
 *
 * @example outcomeDiffText('zh').summary(groups, 72) // ['72 条路线中有 24 条的结果不同：', '  24 条路线（employer = public）：- 事项 public-pension-claim']
 * @example outcomeDiffText('en').route(change) // ['need-seal = yes, applicant = agent', '  + matter company-seal-engraving']
 */
export function outcomeDiffText(locale: Locale) {
  const say = (key: OutcomeDiffWord, params?: MessageParams) => formatMessage(words[locale][key], params, locale)
  const value = (v: AnswerValue) => (typeof v === 'boolean' ? say(v ? 'yes' : 'no') : Array.isArray(v) ? `[${v.join(say('comma'))}]` : String(v))
  const answers = (a: Answers) => {
    const entries = Object.entries(a)
    return entries.length === 0 ? say('no-answers') : entries.map(([id, v]) => `${id} = ${value(v)}`).join(say('comma'))
  }
  // A material as the diff names it: its id, marked when the citizen checks it or the centre fetches it.
  const material = (m: string) => m.replace(/^(.*) \((check|shared)\)$/, (_, id: string, how: 'check' | 'shared') => say(how, { id }))
  const total = ({ total, before, after }: TotalChange) => `${say(total)} ${before} → ${after}`
  const end = (e: OutcomeShape | NoOutcome) =>
    'matters' in e ? `${e.step}: ${e.matters.map((m) => m.matter).join(say('comma')) || say('no-matters')}` : say(e.reason, { stop: e.stop })
  const difference = (d: OutcomeDifference): string => {
    switch (d.kind) {
      case 'outcome-step':
        return say(d.kind, { before: d.before, after: d.after })
      case 'matter-added':
      case 'matter-removed':
        return say(d.kind, { matter: d.matter })
      case 'matters-reordered':
        return say(d.kind, { before: d.before.join(' → '), after: d.after.join(' → ') })
      case 'materials':
        return say(d.kind, { matter: d.matter, list: [...d.added.map((m) => `+ ${material(m)}`), ...d.removed.map((m) => `- ${material(m)}`)].join(say('comma')) })
      case 'promised-limit':
        return say(d.kind, { matter: d.matter, before: d.before, after: d.after })
      case 'totals':
        return say(d.kind, { list: d.changes.map(total).join(say('comma')) })
      case 'no-outcome':
        return say(d.kind, { before: end(d.before), after: end(d.after) })
    }
  }
  return {
    say,
    answers,
    difference,
    /** How many routes changed, then one line per way they changed, with how many routes and the answers they share. */
    summary(groups: ChangeGroup[], routes: number): string[] {
      const changed = groups.reduce((sum, g) => sum + g.routes.length, 0)
      return [
        say('summary', { changed, routes }),
        ...groups.map((g) => {
          const where = Object.keys(g.shared).length > 0 ? say('where', { answers: answers(g.shared) }) : ''
          return `  ${say('group', { n: g.routes.length, where, differences: g.differences.map(difference).join(say('semicolon')) })}`
        }),
      ]
    },
    /** A changed route: its answers on one line, then one indented line per difference. */
    route({ answers: a, differences }: ChangedPath): string[] {
      return [answers(a), ...differences.map((d) => `  ${difference(d)}`)]
    },
  }
}

const english = outcomeDiffText('en')

/** The summary in English (as `outcomeDiffText('en').summary`). */
export const changeSummaryText = (groups: ChangeGroup[], routes: number): string[] => english.summary(groups, routes)

/** A changed route in English (as `outcomeDiffText('en').route`). */
export const changedPathText = (change: ChangedPath): string[] => english.route(change)
