import { loadCatalogue } from '../../engine/loadCatalogue';
import type { Engine } from '../../engine/engine';
import type { ConsentState } from '../../types';
import { matchesAny, offRules } from '../../model/cookieRules';
import { createScriptRunner } from './createScriptRunner';
import { holdEarly } from '../guards/holdEarly';
import { HELD_ATTRS } from './heldAttributes';
import { isName, isServiceName } from '../../model/config/names';
import { installCookieGuard } from './installCookieGuard';
import { reloadMedia } from './reloadMedia';
import { trusted } from './trusted';

/** What the UI needs from blocking. */
export interface Blocker {
  /** Held iframes and media not released now (for placeholders). */
  heldEmbeds(): Element[];
  /** Something whose code already ran is no longer allowed: only a reload unloads it. */
  needsReload(): boolean;
  /** Calls `fn` after held markup was added to the page (placeholders for late embeds). */
  watch(fn: () => void): void;
}

/**
 * Holds and releases the page's held markup (design.md, "Script-tag use") as consent changes,
 * guards cookie writes, and clears what is not allowed. Starts at once: it must run before the
 * rest of the page so the guard sees every later script and the observer every held element.
 * One function: its parts (scan, release, withdraw, the observer) share the held list and the
 * current rules, and it ships in the main file, where one closure the minifier can flatten costs
 * fewer bytes than parts passing that state to each other.
 */
export function createBlocker(engine: Engine, nonce?: string): Blocker {
  const { config, api, env } = engine;
  const mine = new WeakSet<Node>();
  const released = new WeakSet<Element>();
  const warned = new Set<unknown>();
  const ranNames = new Set<string>();
  const inserted = new Map<Element, ChildNode[]>();
  const run = createScriptRunner(nonce || config.nonce, mine);
  let held: Element[] = [];
  let state: ConsentState | null = api.getConsent();
  /** The guards chunk once asked for; truthy until start-up has the config's catalogue entries (then asking decides). */
  let guards: unknown = 1;
  /**
   * What is not allowed now, or (`all`) everything declared. Computed when asked: catalogue entries,
   * markup's too, bring their patterns whenever they load.
   */
  const rules = (all?: boolean) => offRules(config, state, all);
  /** Whether the rules name anything the guards chunk guards (storage keys, databases, hosts). */
  const guarded = (all = rules(true)) => all.storage.length || all.indexedDB.length || all.hosts.length;
  // Until the guards chunk is in force: the config's storage patterns refused, requests kept back.
  const endHold = holdEarly(guarded() || config.categories.flatMap((c) => c.services).some((s) => s.catalogue), () => rules().storage);

  const once = (key: unknown, code: string, ...args: unknown[]) => {
    if (warned.has(key)) return;
    warned.add(key);
    engine.problem(code, ...args);
  };

  /**
   * What a held element waits for: its category or `category.service` name, and whether it is
   * negated (`data-category="!analytics"` or `data-service="!ga"` run only after an explicit refusal).
   */
  function target(el: Element): [name: string, neg: boolean, cat: string, svc: string | undefined] {
    const c = el.getAttribute('data-category')!;
    const svc = el.getAttribute('data-service');
    const cat = c.replace('!', '');
    const s = svc?.replace('!', '');
    return [s ? `${cat}.${s}` : cat, c[0] == '!' || svc?.[0] == '!', cat, s];
  }

  /** Allowed now? A category that is not configured stays held, as its warning says. */
  function allowed(el: Element): boolean {
    const [name, neg, cat, svc] = target(el);
    const configured = config.categories.find((x) => x.name == cat);
    if (!configured) {
      once(cat, 'category', cat, el);
      return false;
    }
    // A service the config does not name becomes one of the category's (design.md, "Service catalogue").
    if (svc && !configured.services.some((s) => s.name == svc)) {
      if (!isServiceName(svc)) {
        once(name, 'service', svc, cat, el);
        return false;
      }
      engine.addService(configured, svc);
      // A catalogue id (addService loads its entry): once its patterns are here, they may need the
      // guards chunk (an entry that does not load changes nothing: guard() just looks again).
      if (isName(svc)) env.load(`service-${svc}`).then(guard, guard);
    }
    return neg ? !!state && !api.isAllowed(name) : api.isAllowed(name);
  }

  /** The attribute that loads what `data-<a>` holds: `data` on an object, else `<a>`. */
  const live = (el: Element, a: string) => (el.tagName == 'OBJECT' && a == 'src' ? 'data' : a);

  function visit(el: Element) {
    if (mine.has(el) || !el.hasAttribute('data-category') || held.includes(el)) return;
    const script = el.tagName == 'SCRIPT';
    // A MIME type as the HTML standard reads it: any case, trimmed, parameters ignored.
    const inert = script
      ? (el as HTMLScriptElement).type.split(';')[0].trim().toLowerCase() == 'text/plain'
      : el.tagName == 'TEMPLATE' || HELD_ATTRS.some((a) => el.hasAttribute('data-' + a));
    // The live attribute loads while the page is parsed, whether or not the held one is there too.
    if (!inert || (!script && HELD_ATTRS.some((a) => el.hasAttribute(live(el, a))))) once(el, 'live', el);
    if (inert) held.push(el);
  }
  const scan = (root: Element) => {
    visit(root);
    root.querySelectorAll('[data-category]').forEach(visit);
  };

  /**
   * Inserts a released template's content after it; its scripts go through the queue (`ran` says
   * they run). Withdrawn, it loses them (holdAgain): inserted again, they do not run twice.
   */
  function insertTemplate(el: HTMLTemplateElement, ran: () => unknown) {
    const frag = el.content.cloneNode(true) as DocumentFragment;
    // Scripts inside go through the queue, in order, like held scripts. An empty inert marker
    // (no data-category: never held) keeps each one's place: a script whose text a page script
    // copied is a Trusted Types violation even when inert, so only the runner's new script (made
    // through the policy) goes in.
    const scripts = [...frag.querySelectorAll('script')].map((s) => {
      const at = document.createElement('script');
      at.type = 'text/plain';
      s.setAttribute('data-type', s.type);
      s.replaceWith(at);
      return [s, at] as const;
    });
    inserted.set(el, [...frag.childNodes]);
    el.after(frag);
    scripts.forEach(([s, at]) => {
      ran();
      run(s, at);
    });
  }

  function release(el: Element) {
    released.add(el);
    const [name, neg] = target(el);
    // Code that ran stays until a reload (needsReload). A negated one ran because something was
    // refused: allowing it later withdraws nothing.
    const ran = () => neg || ranNames.add(name);
    if (el.tagName == 'SCRIPT') {
      ran();
      return run(el as HTMLScriptElement);
    }
    if (el.tagName == 'TEMPLATE') return insertTemplate(el as HTMLTemplateElement, ran);
    for (const a of HELD_ATTRS) {
      const v = el.getAttribute('data-' + a);
      // <embed src> and <object data> are script-URL sinks under Trusted Types, <iframe srcdoc> an HTML sink.
      if (v != null) el.setAttribute(live(el, a), a == 'srcdoc' ? trusted().createHTML(v) : el.matches('embed,object') ? trusted().createScriptURL(v) : v);
    }
    reloadMedia(el);
  }

  /** The held list, without elements that lost their `data-category` (a framework reusing the node): they are no longer held. */
  const marked = () => (held = held.filter((el) => el.hasAttribute('data-category')));
  // In document order: scripts join the run queue as they are released, and a later addition may
  // stand before elements found earlier (a library added to <head>).
  const update = () =>
    marked()
      .sort((a, b) => a.compareDocumentPosition(b) & 2 || -1)
      .forEach((el) => released.has(el) || (allowed(el) && parsed(el) && release(el)));

  /**
   * Whether the parser is done with `el`: something follows it in the page, or the page is parsed.
   * Until then a held script's text or a template's content may be cut at a network chunk; the
   * observer looks again when the parser adds the next node, DOMContentLoaded at the latest.
   */
  const parsed = (el: Node | null): unknown => document.readyState != 'loading' || (el && (el.nextSibling || parsed(el.parentNode)));
  addEventListener('DOMContentLoaded', update); // it bubbles from the document

  /** Released, but no longer allowed: embeds go back to their held form (scripts cannot be unloaded). */
  const revoked = (el: Element) => released.has(el) && el.tagName != 'SCRIPT' && !allowed(el);

  /** Something is refused or withdrawn: re-hold what was released, clear cookies and storage. */
  function withdraw(next: ConsentState | null) {
    return env.load('withdraw').then(
      (m) => {
        held = m.holdAgain(marked(), revoked, released, inserted);
        // The embeds are held again: their placeholders come back at once.
        watcher();
        return m.sweep(engine, rules, () => state == next);
      },
      () => {}, // the loader said the file could not load: refused cookies and embeds stay until the next page
    );
  }

  installCookieGuard(
    env,
    (name) => matchesAny(rules().cookies, name),
    (name) => name == config.cookie.name || matchesAny(rules(true).cookies, name),
    config.debug && engine.problem,
  );
  engine.onApply((next, _previous, restored) => {
    state = next;
    const off = rules();
    // Released now, so held scripts start loading at once; the UI keeps the click short by putting
    // what can wait until after the paint, when the browser is idle (issue 15: measured, the click's Event Timing at 4× CPU
    // went from 56 to 40 ms median, Accept all → analytics stayed level).
    update();
    if (restored) return;
    if (off.cookies.length || off.storage.length || off.indexedDB.length || held.some(revoked)) withdraw(next);
    if (config.reloadOnWithdraw && needsReload()) engine.settled().then(() => location.reload());
  });
  let watcher = () => {};
  new MutationObserver((records) => {
    const before = held.length;
    // Many at once (the parser adds each element, then each child): one query of the document
    // costs less than looking at each added node (issue 15).
    if (records.length > 9) scan(document.documentElement);
    else for (const r of records) r.addedNodes.forEach((n) => n.nodeType == 1 && scan(n as Element));
    update();
    if (held.length > before) watcher();
  }).observe(document, { childList: true, subtree: true });
  scan(document.documentElement);
  update();
  /** Loads and starts the guards chunk, once, when what is declared needs it (and start-up is done). */
  function guard() {
    return (
      guards ||
      !guarded() ||
      (guards = env.load('guards').then(
        (m) =>
          m.startGuards(engine, {
            off: rules,
            all: rules(true),
            hold(el) {
              visit(el);
              update();
              watcher(); // an iframe it holds gets its placeholder
            },
            sweep: () => withdraw(state),
            endHold,
          }),
        () => {}, // the loader said the file could not load: clearing still sweeps on withdrawal
      ))
    );
  }
  // Catalogue entries bring their patterns; then the guards load if anything needs guarding. `ready` waits for both.
  engine.startup.push(
    loadCatalogue(engine)
      .then(() => {
        guards = 0;
        return guard();
      })
      .finally(endHold), // no guards needed, or none could load: what the hold kept back goes
  );

  function needsReload() {
    return [...ranNames].some((n) => !api.isAllowed(n));
  }
  engine.reloadChecks.push(needsReload);
  return {
    heldEmbeds: () => marked().filter((el) => !released.has(el) && !el.matches('script,template,link')),
    needsReload,
    watch: (fn) => (watcher = fn),
  };
}
