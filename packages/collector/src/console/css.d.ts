// Vite bundles a stylesheet imported for its side effect into the console's CSS file.
declare module '*.css';
