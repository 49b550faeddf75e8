// A template's scripts run once per page (markup.md, "How release works"), and withdrawing a
// template whose scripts ran offers a reload (needsReload), as for held scripts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBlocker } from '../../src/dom/blocking/createBlocker';
import { createEngine } from '../../src/engine/createEngine';
import { createTestEnv, settle } from '../support/createTestEnv';

afterEach(() => vi.restoreAllMocks());

describe('given a held template with a script and a widget, and one with a widget only', () => {
  it('when the visitor allows, withdraws and allows again, it should run the script once, offer a reload only for it, and insert the widgets each time', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = `<template data-category="marketing"><script>window.__t = 1</script><div class="w">widget</div></template>
      <template data-category="functional"><div class="f">plain</div></template>`;
    const runs: string[] = [];
    new MutationObserver((rs) =>
      rs.forEach((r) => r.addedNodes.forEach((n) => n.nodeName == 'SCRIPT' && !(n as HTMLScriptElement).type && runs.push((n as HTMLScriptElement).text))),
    ).observe(document, { childList: true, subtree: true });
    const engine = createEngine({ categories: { marketing: {}, functional: {} } }, createTestEnv());
    createBlocker(engine);
    await settle(5);
    const widgets = () => document.querySelectorAll('.w, .f').length;

    await engine.api.setConsent({ marketing: true, functional: true });
    await settle(50);
    expect(runs).toEqual(['window.__t = 1']);
    expect(widgets()).toBe(2);

    await engine.api.setConsent({ functional: false });
    await vi.waitFor(() => expect(widgets()).toBe(1), { timeout: 3000 }); // the withdraw chunk loads
    expect(engine.api.needsReload(), 'a template without scripts is withdrawn').toBe(false);

    await engine.api.setConsent({ marketing: false });
    await vi.waitFor(() => expect(widgets()).toBe(0), { timeout: 3000 });
    expect(engine.api.needsReload(), 'the template script ran and is withdrawn').toBe(true);

    await engine.api.setConsent({ marketing: true, functional: true });
    await settle(50);
    expect(widgets()).toBe(2);
    expect(runs, 'not run again').toEqual(['window.__t = 1']);
    expect(engine.api.needsReload()).toBe(false);
  });
});
