// tsc does not read single-file components: their scripts are checked by the frameworks' own
// compilers when the apps build; their imports are typed here.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component;
  export default component;
}
