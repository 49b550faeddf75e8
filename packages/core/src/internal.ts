// For Consentry's own packages (ui, consentry), not for sites: may change in any release.
export { createEngine, type Engine, type Applier } from './engine/createEngine';
export { createBlocker, type Blocker } from './blocking/createBlocker';
export type { RawProblem } from './config/readConfig';
export { createBrowserEnv, type BrowserEnvOptions } from './env/createBrowserEnv';
export { createServerEnv } from './env/createServerEnv';
export type { Env, KeyValueStore, Chunks } from './env/env';
export { warn, error } from './log';
export { plainConfig } from './config/plainConfig';
export type { ResolvedConfig, ResolvedCategory, ResolvedService, CookieRule, NameMatcher, CoreConfig } from './config/resolvedConfig';
export type { DecisionAction, Choices } from './consent/decide';
export type { DecisionContext } from './records/createRecord';
export { startSignals } from './signals/startSignals';
export { trusted, type ScriptPolicy } from './blocking/trusted';
export { has } from './config/names';
