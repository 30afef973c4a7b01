// `import entry from './program.ts?thread'`: the URL of that module built as a thread entry
// (scripts/thread-entry-plugin.ts).
declare module '*?thread' {
  const entry: URL;
  export default entry;
}
