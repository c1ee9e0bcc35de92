/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

declare const process: { env: Record<string, string | undefined> };

// In development the API is the gateway of `./murmur up`; the app itself is always served
// from the same origin as the API (the gateway serves the built app in production).
const gateway = process.env.MURMUR_GATEWAY ?? 'http://localhost:8080';
const proxied = ['/api', '/oauth', '/avatars', '/headers', '/system', '/nodeinfo', '/.well-known'];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
  },
  server: {
    // `ws` lets the streaming API's WebSocket through when the instance names this origin.
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: gateway, changeOrigin: false, ws: path === '/api' }])),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
