import type { Env } from '@consentry/core';

/**
 * Runs `fn` once the browser has painted and is idle (the next frame, then an idle moment): work a
 * click causes but the visitor need not wait for, such as the revisit button and moving focus to
 * it, stays out of the click's Interaction to Next Paint and lets released scripts run first
 * (issue 15). In a hidden tab frames wait, and so does `fn`, until the tab shows. The env's idle
 * wait, not core's own: the UI chunk then carries no copy of it.
 */
export const afterPaint = ({ whenIdle }: Env, fn: () => void): void => void requestAnimationFrame(() => whenIdle(fn));
