import { describe, expect, it } from 'vitest'
import { editJson, fixtureFiles, repositoryFiles, validFiles, withFile, withoutFile } from '../../test/fixtures/content/fixture-files.ts'
import { loadCatalogue } from './load.ts'
import { formatProblem, formatProblemIn } from './problem.ts'

const problemsOf = (files: Parameters<typeof loadCatalogue>[0]) => loadCatalogue(files).problems.map(formatProblem)

describe('loadCatalogue', () => {
  it('loads a complete valid set of content with no problems', () => {
    const { catalogue, problems } = loadCatalogue(validFiles())
    expect(problems).toEqual([])
    expect(catalogue?.matters.map((m) => m.id)).toEqual(['company-establishment', 'company-seal-engraving'])
    expect(catalogue?.hall.windows.map((w) => w.number)).toEqual([1, 2])
    expect(catalogue?.strings.en['journey.back']).toBe('Back')
    expect(catalogue?.scenes.map((s) => s.id)).toEqual(['start-company'])
  })

  it('loads the real content and scenes of the repository with no problems', async () => {
    const { catalogue, problems } = loadCatalogue(repositoryFiles())
    expect(problems.map(formatProblem)).toEqual([])
    expect(catalogue?.matters).toHaveLength(40)
  }, 30_000)

  it('places the problems a scene check finds in the scene file', () => {
    const files = editJson(validFiles(), 'scenes/start-company.json', (s) => (s.steps[0].cue = 'wave'))
    expect(problemsOf(files)).toEqual([
      'scenes/start-company.json:26:14  /steps/0/cue  unknown animation cue "wave" (use one of greet, walk, point, take-ticket, wait, hand-over, use-kiosk, celebrate)',
    ])
  })

  it('places a case of a promised limit longer than its matter\'s legal limit at the case\'s value, in both languages', () => {
    const files = editJson(validFiles(), 'scenes/start-company.json', (s) => {
      s.steps[3].matters[0].promisedLimits = [{ when: { answer: 'need-seal', is: true }, limit: { value: 5, unit: '工作日' } }]
    })
    expect(loadCatalogue(files).problems.map((p) => formatProblemIn(p, 'zh'))).toEqual([
      'scenes/start-company.json:68:26  /steps/3/matters/0/promisedLimits/0/limit/value  这种情形的承诺时限（5 工作日）长于 "company-establishment" 的法定时限（3 工作日）；承诺时限不能超过法定时限\n    this case\'s promised limit (5 工作日) is longer than the legal limit of "company-establishment" (3 工作日); promise at most the legal limit',
    ])
  })

  it('lists every mistake in a scene file at once, its schema problems and its check problems, in both languages', () => {
    const files = editJson(validFiles(), 'scenes/start-company.json', (s) => {
      s.steps[2].text.en = ''
      s.steps[3].matters[1].when = { answer: 'need-seal', is: 'yes' }
      s.steps[3].matters[0].when = { answer: 'shareholders', gt: 60 }
      s.steps[0].cue = 'wave'
    })
    const { problems } = loadCatalogue(files)
    expect(problems.map((p) => formatProblemIn(p, 'zh'))).toEqual([
      'scenes/start-company.json:26:14  /steps/0/cue  未知的动画 "wave"（可用：greet、walk、point、take-ticket、wait、hand-over、use-kiosk、celebrate）\n    unknown animation cue "wave" (use one of greet, walk, point, take-ticket, wait, hand-over, use-kiosk, celebrate)',
      'scenes/start-company.json:47:15  /steps/2/text/en  缺少英文翻译（en）\n    the English translation (en) is missing',
      'scenes/start-company.json:63:19  /steps/3/matters/0/when/gt  "shareholders" 只接受 1 到 50 的回答，{ "gt": 60 } 永远不成立；请和这个范围内的数比较\n    "shareholders" accepts 1 to 50, so { "gt": 60 } is never true; compare with a value in that range',
      'scenes/start-company.json:70:19  /steps/3/matters/1/when/is  "need-seal" 是是非题；请用 { "is": true } 或 { "is": false } 比较\n    "need-seal" is a yes-no question; compare it with { "is": true } or { "is": false }',
    ])
  })

  it('checks the sound steps of a scene one of whose steps is too broken to read, pointing at their places in the file', () => {
    const files = editJson(validFiles(), 'scenes/start-company.json', (s) => {
      delete s.steps[1].input
      s.steps[0].cue = 'wave'
    })
    expect(problemsOf(files)).toEqual([
      'scenes/start-company.json:26:14  /steps/0/cue  unknown animation cue "wave" (use one of greet, walk, point, take-ticket, wait, hand-over, use-kiosk, celebrate)',
      'scenes/start-company.json:29:5  /steps/1/input  required: "input" is missing',
    ])
  })

  it('keeps checking the other files when one is broken, and sorts problems by file, line and column', () => {
    let files = withFile(validFiles(), 'content/themes.json', '{ "themes": [ }')
    files = editJson(files, 'content/matters/company-seal-engraving.json', (m) => {
      m.caseType = '承诺件'
      m.department = 'police'
    })
    expect(problemsOf(files)).toEqual([
      'content/matters/company-seal-engraving.json:14:17  /department  unknown department "police" (not in content/departments.json)',
      'content/matters/company-seal-engraving.json:95:15  /caseType  a 即办 matter is a 即办件, not a 承诺件',
      'content/themes.json:1:15  /  expected a value (a string, number, object, array, true, false or null)',
    ])
  })

  it('drops a matter that fails its schema, keeps the rest, and does not call it unknown where it is named', () => {
    const files = editJson(validFiles(), 'content/matters/company-seal-engraving.json', (m) => delete m.kind)
    const { catalogue, problems } = loadCatalogue(files)
    expect(catalogue?.matters.map((m) => m.id)).toEqual(['company-establishment'])
    expect(problems.map(formatProblem)).toEqual(['content/matters/company-seal-engraving.json:1:1  /kind  required: "kind" is missing'])
  })

  it('keeps the good departments of a file where one department is broken', () => {
    const files = editJson(validFiles(), 'content/departments.json', (d) => (d.departments[0].consultationPhone = 'ask at the desk'))
    const { catalogue, problems } = loadCatalogue(files)
    expect(catalogue?.departments.map((d) => d.id)).toEqual(['public-security'])
    expect(problems.map(formatProblem)[0]).toBe(
      'content/departments.json:14:28  /departments/0/consultationPhone  write a phone number with digits and hyphens, e.g. "0571-87001234"',
    )
  })

  it('keeps the good windows of a hall where one window is broken, without blaming the matters it served', () => {
    const files = editJson(validFiles(), 'content/hall/layout.json', (h) => (h.windows[1].facing = 'up'))
    const { catalogue, problems } = loadCatalogue(files)
    expect(catalogue?.hall.windows.map((w) => w.number)).toEqual([1])
    expect(problems.map(formatProblem)).toEqual([
      'content/hall/layout.json:86:17  /windows/1/facing  "up" is not allowed here (use one of "north", "south", "east", "west")',
    ])
  })

  it('returns no catalogue when the hall layout is missing, and says so', () => {
    const { catalogue, problems } = loadCatalogue(withoutFile(validFiles(), 'content/hall/layout.json'))
    expect(catalogue).toBeNull()
    expect(problems.map(formatProblem)).toContain('content/hall/layout.json:1:1  /  this required file is missing')
  })

  it('returns no catalogue when a required file does not parse', () => {
    expect(loadCatalogue(fixtureFiles('syntax')).catalogue).toBeNull()
  })

  it('reports a JSON file where no content belongs, and ignores other files and the generated schemas', () => {
    let files = withFile(validFiles(), 'content/matters/drafts/old.json', '{}')
    files = withFile(files, 'content/README.md', '# Notes')
    files = withFile(files, 'content/schemas/matter.schema.json', 'not even JSON')
    expect(problemsOf(files)).toEqual([
      'content/matters/drafts/old.json:1:1  /  unexpected file: content lives in content/departments.json, content/themes.json, content/hall/layout.json, content/hall/service-times.json, content/matters/<id>.json, content/forms/<id>.json, content/i18n/zh.json and en.json, and scenes/<id>.json',
    ])
  })
})
