/**
 * What the hall needs of Pixi beyond its classes, and nothing more. `pixi.js/unsafe-eval` would also
 * patch the WebGPU and particle code, and that static import pulled the WebGPU and canvas renderers
 * into the hall's chunk although the hall only ever asks for WebGL; Pixi's automatic extension imports
 * (`manageImports`, switched off in mount-hall.ts) would load accessibility, DOM and filters it never
 * uses. So: pointer events (hit boxes on windows and facilities), and WebGL without eval, which the
 * server's Content-Security-Policy forbids.
 */
import { AbstractRenderer, GlShaderSystem, GlUboSystem, GlUniformGroupSystem, UboSystem } from 'pixi.js'
import 'pixi.js/events'
// Not in the package's exports map; the same files `pixi.js/unsafe-eval` installs.
import { generateShaderSyncPolyfill } from '../../node_modules/pixi.js/lib/unsafe-eval/shader/generateShaderSyncPolyfill'
import { generateUboSyncPolyfillSTD40 } from '../../node_modules/pixi.js/lib/unsafe-eval/ubo/generateUboSyncPolyfill'
import { generateUniformsSyncPolyfill } from '../../node_modules/pixi.js/lib/unsafe-eval/uniforms/generateUniformsSyncPolyfill'

Object.assign(AbstractRenderer.prototype, { _unsafeEvalCheck() {} })
Object.assign(UboSystem.prototype, { _systemCheck() {} })
Object.assign(GlUniformGroupSystem.prototype, { _generateUniformsSync: generateUniformsSyncPolyfill })
Object.assign(GlUboSystem.prototype, { _generateUboSync: generateUboSyncPolyfillSTD40 })
Object.assign(GlShaderSystem.prototype, { _generateShaderSync: generateShaderSyncPolyfill })
