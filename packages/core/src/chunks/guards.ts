// Storage, network and auto-blocking guards, split out: loaded only when the config declares storage keys or hosts.
export { startGuards } from '../dom/guards/startGuards';
