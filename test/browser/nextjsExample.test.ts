import { exampleFlows } from './frameworkExample';

exampleFlows({
  name: 'Next.js (App Router, @consentry/react)',
  build: ['node_modules/.bin/next', 'build', 'examples/nextjs'],
  start: ['node_modules/.bin/next', 'start', 'examples/nextjs', '-H', '127.0.0.1', '-p', '0'],
});
