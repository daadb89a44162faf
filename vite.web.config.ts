// Browser mode: the same renderer, built into out/web and served on 127.0.0.1.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './renderer-config.ts';

export default defineConfig({
  ...rendererConfig(resolve(import.meta.dirname, 'out/web')),
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
});
