// consentry-guards.js: storage, network and auto-blocking guards, fetched when the config declares storage keys or hosts.
import { startGuards } from '@consentry/core/guards';
import { registerChunk } from './registerChunk';

registerChunk('guards', { startGuards });
