import { exampleFlows } from './frameworkExample';

exampleFlows({
  name: 'Vue (Vite SSR, @consentry/vue)',
  build: ['npm', 'run', 'build', '--silent', '-w', 'examples/vue'],
  start: ['node', 'examples/vue/server.mjs', '--port', '0'],
});
