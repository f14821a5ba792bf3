import type { ContentCheck, FileFinding } from '../loaded-content.ts'

/** A matter lists exactly the windows that list it, so the hall and the guides never disagree. */
export const checkWindowMatterAgreement: ContentCheck = (content) => {
  const findings: FileFinding[] = []
  const matters = new Map(content.matters.map((m) => [m.value.id, m]))
  for (const w of content.windows) {
    w.value.matters.forEach((id, i) => {
      const matter = matters.get(id)
      if (matter && !matter.value.windows.includes(w.value.number)) {
        findings.push({ file: w.file, pointer: `${w.pointer}/matters/${i}`, message: `window ${w.value.number} lists matter "${id}", but that matter does not list window ${w.value.number} in its windows` })
      }
    })
  }
  const windows = new Map(content.windows.map((w) => [w.value.number, w.value]))
  for (const m of content.matters) {
    m.value.windows.forEach((n, i) => {
      const window = windows.get(n)
      if (window && !window.matters.includes(m.value.id)) {
        findings.push({ file: m.file, pointer: `/windows/${i}`, message: `this matter lists window ${n}, but window ${n} in content/hall/layout.json does not list "${m.value.id}"` })
      }
    })
  }
  return findings
}
