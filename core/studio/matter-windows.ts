/**
 * The hall layout with a matter's windows listed back: each window the matter names lists the
 * matter, and no other window does, so an edit of a matter's windows in the studio keeps
 * `content/hall/layout.json` in agreement (the window-matter check) without a second edit by hand.
 * Takes and returns the layout file's JSON value; everything else in it is left as it was.
 *
 * @example withMatterWindows(layout, 'food-business-licence', [7, 8]) // windows 7 and 8 list it; window 9 no longer does
 */
export function withMatterWindows(layout: unknown, matter: string, windows: readonly number[]): unknown {
  if (!isObject(layout) || !Array.isArray(layout.windows)) return layout
  return {
    ...layout,
    windows: layout.windows.map((w: unknown) => {
      if (!isObject(w) || typeof w.number !== 'number' || !Array.isArray(w.matters)) return w
      const listed = w.matters.includes(matter)
      const wanted = windows.includes(w.number)
      if (listed === wanted) return w
      return { ...w, matters: wanted ? [...w.matters, matter] : w.matters.filter((m: unknown) => m !== matter) }
    }),
  }
}

const isObject = (v: unknown): v is Record<string, unknown> & { windows?: unknown; matters?: unknown; number?: unknown } => typeof v === 'object' && v !== null && !Array.isArray(v)
