/**
 * Runs `fn` once the browser has painted (the next frame, then a task): work a click causes but the
 * visitor need not wait for, such as the revisit button and moving focus to it, stays out of the
 * click's Interaction to Next Paint and lets released scripts run sooner (issue 15). In a hidden
 * tab frames wait, and so does `fn`, until the tab shows.
 */
export const afterPaint = (fn: () => void): void => void requestAnimationFrame(() => setTimeout(fn));
