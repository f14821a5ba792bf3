import { Container, Rectangle } from 'pixi.js'
import type { Rect } from '../../core/content/hall-layout.ts'
import type { Locale } from '../../core/content/text.ts'
import { inflate } from '../../core/hall/geometry.ts'
import type { HallModel } from '../../core/hall/hall-model.ts'
import { i18n } from '../app/i18n.svelte.ts'
import { heights, projectRect } from './projection.ts'
import { windowCardText } from './window-card.ts'

/** What hovering or tapping a window or facility asks of the view. */
export type HoverActions = {
  locale: () => Locale
  show: (text: string, rect: Rect, tall: number) => void
  hide: () => void
  selectWindow?: (number: number) => void
}

/**
 * Invisible hit boxes over each window's counter and each facility (seating and the entrance excepted):
 * hovering shows a card of what is handled there, tapping a window also selects it. Added to `hits`.
 */
export function addHoverTargets(model: HallModel, hits: Container, actions: HoverActions): void {
  const hitBox = (r: Rect) => hits.addChild(new Container({ eventMode: 'static', cursor: 'pointer', hitArea: new Rectangle(r.x, r.y, r.w, r.h) }))
  for (const w of model.windows) {
    const box = hitBox(projectRect(w.counter, 0, heights.sign + 40))
    const show = () => actions.show(windowCardText(w, actions.locale(), i18n.words), w.counter, heights.sign + 40)
    box.on('pointerover', show)
    box.on('pointerout', actions.hide)
    box.on('pointertap', (e) => {
      e.stopPropagation()
      show()
      actions.selectWindow?.(w.number)
    })
  }
  for (const f of model.facilities) {
    if (f.kind === 'entrance' || f.kind === 'seating') continue
    const box = hitBox(inflate(projectRect(f.rect, 0, heights.machine), 20))
    box.on('pointerover', () => actions.show(f.name[actions.locale()], f.rect, heights.machine))
    box.on('pointerout', actions.hide)
  }
}
