import type { ContentCheck, FileFinding, Located } from '../loaded-content.ts'

/** One file per matter, form and scene, named for its id, so an id always says where to look. */
export const checkFileNames: ContentCheck = (content) => [
  ...misnamed(content.matters),
  ...misnamed(content.forms),
  ...misnamed(content.scenes),
]

function misnamed(items: Located<{ id: string }>[]): FileFinding[] {
  return items.flatMap(({ file, value }) => {
    const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '')
    return name === value.id ? [] : [{ file, pointer: '/id', message: `the id "${value.id}" does not match the file name: rename the file to ${value.id}.json or the id to "${name}"`, zh: `标识 "${value.id}" 与文件名不一致：请把文件改名为 ${value.id}.json，或把标识改为 "${name}"` }]
  })
}
