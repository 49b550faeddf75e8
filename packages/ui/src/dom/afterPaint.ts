/**
 * Runs `fn` once the browser has painted and is idle (the next frame, then an idle moment): work a
 * click causes but the visitor need not wait for, such as the revisit button and moving focus to
 * it, stays out of the click's Interaction to Next Paint and lets released scripts run first
 * (issue 15). In a hidden tab frames wait, and so does `fn`, until the tab shows. `whenIdle` is
 * given (core's, or the env's in the UI chunk, which then carries no copy of it).
 */
export const afterPaint = (whenIdle: (fn: () => void) => void, fn: () => void): void => void requestAnimationFrame(() => whenIdle(fn));
