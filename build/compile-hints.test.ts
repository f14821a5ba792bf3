import { describe, expect, it } from 'vitest'
import { startupChunks, type ChunkInfo } from './compile-hints.ts'

const chunk = (fileName: string, imports: string[] = [], facadeModuleId: string | null = null, isEntry = false): ChunkInfo => ({ fileName, imports, facadeModuleId, isEntry })

// The shape `vite build` gives this app: an entry, a shared runtime chunk, lazily loaded pages.
const bundle = [
  chunk('assets/index.js', ['assets/runtime.js'], '/app/client/index.html', true),
  chunk('assets/runtime.js'),
  chunk('assets/JourneyPage.js', ['assets/runtime.js', 'assets/StepCard.js'], '/app/client/journey/JourneyPage.svelte'),
  chunk('assets/StepCard.js', ['assets/runtime.js']),
  chunk('assets/StudioPage.js', ['assets/runtime.js', 'assets/elk.js'], '/app/client/studio/StudioPage.svelte'),
  chunk('assets/elk.js'),
]

describe('the chunks marked for eager compilation', () => {
  it('are the entry, the journey page and what each imports statically', () => {
    expect([...startupChunks(bundle, ['journey/JourneyPage.svelte'])].sort()).toEqual([
      'assets/JourneyPage.js',
      'assets/StepCard.js',
      'assets/index.js',
      'assets/runtime.js',
    ])
  })

  it('leave out pages that are rarely the first of a visit, such as the studio', () => {
    const marked = startupChunks(bundle, ['journey/JourneyPage.svelte'])
    expect(marked.has('assets/StudioPage.js')).toBe(false)
    expect(marked.has('assets/elk.js')).toBe(false)
  })

  it('find a first page by its module path on Windows too', () => {
    const windows = [chunk('assets/JourneyPage.js', [], 'C:\\app\\client\\journey\\JourneyPage.svelte')]
    expect([...startupChunks(windows, ['journey/JourneyPage.svelte'])]).toEqual(['assets/JourneyPage.js'])
  })
})
