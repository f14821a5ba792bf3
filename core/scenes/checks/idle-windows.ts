import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/**
 * A scene that walks the visitor to a window should take them where one of the situation's
 * matters is handled (content/hall/layout.json lists each window's matters); otherwise the visitor
 * queues at a counter that can do nothing for them.
 */
export const idleWindows: SceneCheck = (script, catalogue) => {
  const matters = new Set(script.steps.flatMap((s) => (s.kind === 'outcome' ? s.matters.map((m) => m.matter) : [])))
  const useful = catalogue.hall.windows.filter((w) => w.matters.some((m) => matters.has(m))).map((w) => w.number)
  return script.steps.flatMap((step, i): SceneProblem[] => {
    if (step.kind !== 'scene' || !('window' in step.place)) return []
    const number = step.place.window
    const window = catalogue.hall.windows.find((w) => w.number === number)
    if (!window || window.matters.some((m) => matters.has(m))) return []
    const where = useful.length > 0 ? `windows ${useful.join(', ')} handle them` : 'no window handles them'
    const whereZh = useful.length > 0 ? `办理它们的是 ${useful.join('、')} 号窗口` : '没有窗口办理它们'
    return [
      {
        pointer: `/steps/${i}/place/window`,
        message: `window ${number} handles none of this situation's matters (it handles ${window.matters.join(', ') || 'nothing'}); ${where}`,
        zh: `${number} 号窗口不办理本情形的任何事项（它办理 ${window.matters.join('、') || '无'}）；${whereZh}`,
      },
    ]
  })
}
