// The renderer's build: renderer/ → dist/renderer, relative asset paths (served by the app://
// protocol in Electron and by the local web host in web mode).
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  root: here('./renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: here('./dist/renderer'),
    emptyOutDir: true,
    // antd alone is ~820 KB; the renderer splits it into its own chunk.
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
})
