// For Consentry's own packages (ui, consentry), not for sites: may change in any release.
export { createEngine } from './engine/createEngine';
export type { Engine, Applier, Chunks, DecisionContext, GuardContext, RecordKeeper } from './engine/engine';
export type { Blocker } from './dom/blocking/createBlocker';
export { startBlocking } from './dom/blocking/startBlocking';
export type { RawProblem } from './model/config/readConfig';
export { createBrowserEnv, type BrowserEnvOptions } from './env/createBrowserEnv';
export { createServerEnv } from './env/createServerEnv';
export type { Env, KeyValueStore, Transport } from './env/env';
export { warn, error } from './log';
export { plainConfig } from './model/config/plainConfig';
export type { ResolvedConfig, ResolvedCategory, ResolvedService, CookieRule, NameMatcher, CoreConfig } from './model/config/resolvedConfig';
export type { DecisionAction, Choices } from './model/consent/decide';
export { startSignals } from './dom/startSignals';
export { trusted, type ScriptPolicy } from './dom/blocking/trusted';
export { whenIdle } from './env/whenIdle';
export { has } from './model/config/names';
export { DB_NAME } from './model/config/defaults';
export { compilePattern, matchesName } from './model/config/patterns';
