// A Svelte 5 app using the README's readable store; it imports 'consentry' by package name, so it
// gets the built dist/ files.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({ root: import.meta.dirname, plugins: [svelte()], logLevel: 'warn' });
