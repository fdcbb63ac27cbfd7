import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is a static site; `base: './'` lets the build run from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
