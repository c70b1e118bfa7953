/**
 * Precompressed copies of the built files (`x.js.gz`, `x.js.br` beside `x.js`), so a web server sends
 * them as they are (nginx's `gzip_static`, and `brotli_static` where its module is installed) instead of
 * compressing every answer again. Made at build time, at the highest levels, once.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Files worth compressing: text. Images such as PNG are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|xml|map)$/

/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 256

/** Writes `.gz` and `.br` beside each compressible file of `fileNames` (relative to `dir`); returns those written. */
export function precompress(dir: string, fileNames: readonly string[]): string[] {
  const written: string[] = []
  for (const name of fileNames) {
    if (!COMPRESSIBLE.test(name)) continue
    const source = readFileSync(join(dir, name))
    if (source.length < MIN_BYTES) continue
    const gz = gzipSync(source, { level: 9 })
    const br = brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    })
    // A copy larger than the file would only cost bytes.
    if (gz.length < source.length) {
      writeFileSync(join(dir, `${name}.gz`), gz)
      written.push(`${name}.gz`)
    }
    if (br.length < source.length) {
      writeFileSync(join(dir, `${name}.br`), br)
      written.push(`${name}.br`)
    }
  }
  return written
}
