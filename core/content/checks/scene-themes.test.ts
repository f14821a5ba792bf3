import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkSceneThemes } from './scene-themes.ts'

const scene = 'scenes/start-company.json'
const themes = 'content/themes.json'

describe('checkSceneThemes', () => {
  it('passes a situation whose theme exists and serves its audience', () => {
    expect(problemsFrom(validFiles(), checkSceneThemes)).toEqual([])
  })

  it('points at a theme that is not in content/themes.json', () => {
    const files = editJson(validFiles(), scene, (s) => (s.theme = 'restaurants'))
    expect(problemsFrom(files, checkSceneThemes)).toEqual([`${scene}:12:12  /theme  unknown theme "restaurants" (not in content/themes.json)`])
    expect(problemsInChinese(files, checkSceneThemes)).toMatchInlineSnapshot(`
      [
        "scenes/start-company.json:12:12  /theme  未知的主题 "restaurants"（不在 content/themes.json 中）",
      ]
    `)
  })

  it('points at an audience that differs from its theme’s', () => {
    const files = editJson(validFiles(), scene, (s) => (s.audience = '自然人'))
    expect(problemsFrom(files, checkSceneThemes)).toEqual([
      `${scene}:13:15  /audience  the audience is 自然人 but the theme "business-startup" serves 法人: use "法人" or a 自然人 theme`,
    ])
    expect(problemsInChinese(files, checkSceneThemes)).toMatchInlineSnapshot(`
      [
        "scenes/start-company.json:13:15  /audience  服务对象是自然人，但主题 "business-startup" 面向法人：请改用 "法人"，或选一个面向自然人的主题",
      ]
    `)
  })

  it('says nothing of an unknown theme while content/themes.json is itself broken', () => {
    const broken = editJson(validFiles(), scene, (s) => (s.theme = 'restaurants')).map((f) => (f.path === themes ? { ...f, text: '{ "themes": [' } : f))
    expect(problemsFrom(broken, checkSceneThemes).filter((p) => p.startsWith('scenes/'))).toEqual([])
  })
})
