import { canJudgeReferencesInto, type ContentCheck, type FileFinding } from '../loaded-content.ts'

/** A situation sits under a theme that exists, and serves the same audience as that theme. */
export const checkSceneThemes: ContentCheck = (content) => {
  // A broken themes file may hold the missing theme in its broken part: its own problems say so.
  if (!canJudgeReferencesInto(content, 'content/themes.json')) return []
  const themes = new Map(content.themes.map((t) => [t.value.id, t.value]))
  return content.scenes.flatMap(({ file, pointer, value: scene }): FileFinding[] => {
    const theme = themes.get(scene.theme)
    if (!theme) return [{ file, pointer: `${pointer}/theme`, message: `unknown theme "${scene.theme}" (not in content/themes.json)`, zh: `未知的主题 "${scene.theme}"（不在 content/themes.json 中）` }]
    if (theme.audience === scene.audience) return []
    return [
      {
        file,
        pointer: `${pointer}/audience`,
        message: `the audience is ${scene.audience} but the theme "${theme.id}" serves ${theme.audience}: use "${theme.audience}" or a ${scene.audience} theme`,
        zh: `服务对象是${scene.audience}，但主题 "${theme.id}" 面向${theme.audience}：请改用 "${theme.audience}"，或选一个面向${scene.audience}的主题`,
      },
    ]
  })
}
