import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** A matter lists exactly the windows that list it, so the hall and the guides never disagree. */
export const checkWindowMatterAgreement: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  const matters = new Map(content.matters.map((m) => [m.value.id, m]))
  for (const w of content.windows) {
    w.value.matters.forEach((id, i) => {
      const matter = matters.get(id)
      if (matter && !matter.value.windows.includes(w.value.number)) {
        findings.push({ file: w.file, pointer: `${w.pointer}/matters/${i}`, message: `window ${w.value.number} lists matter "${id}", but that matter does not list window ${w.value.number} in its windows`, zh: `${w.value.number} 号窗口列了事项 "${id}"，但这个事项的 windows 里没有 ${w.value.number} 号窗口` })
      }
    })
  }
  const windows = new Map(content.windows.map((w) => [w.value.number, w.value]))
  for (const m of content.matters) {
    m.value.windows.forEach((n, i) => {
      const window = windows.get(n)
      if (window && !window.matters.includes(m.value.id)) {
        findings.push({ file: m.file, pointer: `/windows/${i}`, message: `this matter lists window ${n}, but window ${n} in content/hall/layout.json does not list "${m.value.id}"`, zh: `这个事项列了 ${n} 号窗口，但 content/hall/layout.json 中的 ${n} 号窗口没有列 "${m.value.id}"` })
      }
    })
  }
  return findings
}
