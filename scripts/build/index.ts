// `npm run build`: the renderer (dist/renderer) and Electron's main + preload (dist/electron).
import { resolve } from 'node:path'
import { buildElectron } from './electron'
import { buildRenderer } from './renderer'

const root = resolve(import.meta.dirname, '..', '..')
await buildRenderer(root)
console.log('已构建 dist/renderer')
await buildElectron(root, (s) => console.log(s))
