export * from './normalize.ts'
export * from './pinyin-forms.ts'
export * from './search-index.ts'
export * from './query.ts'
