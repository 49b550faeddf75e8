/**
 * Runs `fn` when the main thread has nothing more urgent, within 99 ms (Safari, which has no idle
 * callbacks: at the next task). After a click, tasks queued with `setTimeout` run before the
 * browser hands a released script's response to the page, so work the visitor need not wait for
 * goes here instead and the released scripts run first (issue 15). Its result is the callback's id,
 * unused: returning it, not `void`, is 2 B fewer in the main file.
 */
export const whenIdle = (fn: () => void): unknown => (self.requestIdleCallback || setTimeout)(fn, { timeout: 99 } as never);
