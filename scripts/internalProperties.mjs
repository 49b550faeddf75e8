/**
 * Property names only Consentry's own script-tag files use between them (the engine's parts, the
 * env, the chunks' exports): the minifier shortens them (rollup.config.mjs). Never a name of the
 * public API, of config, records or events, or of the browser (a mangled `userAgent` would break
 * `navigator.userAgent`), and never a string the code looks a property up by: a test
 * (test/node/architecture.test.ts) fails when one of them appears as a string in the sources.
 */
export const INTERNAL_PROPERTIES = [
  'problem',
  'readCookies',
  'writeCookie',
  'storeExists',
  'onExternalChange',
  'onApply',
  'settled',
  'adopt',
  'startup',
  'reloadChecks',
  'addService',
  'heldEmbeds',
  'crawler',
  'makeDecision',
  'createRecordKeeper',
  'holdAgain',
  'startGuards',
  'configProblems',
  'describeProblem',
  'endHold',
  'whenIdle',
  'dispatch',
  'keep',
];
