// A Vue 3 app using the README's composable; it imports 'consentry' by package name, so it gets
// the built dist/ files.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({ root: import.meta.dirname, plugins: [vue()], logLevel: 'warn' });
