// The floor for a framework-built banner: Preact and the least a banner can be (two buttons, a cookie,
// the held script appended on Accept all). No categories dialog, no records, no translations.
import { render } from 'preact';

const decided = /(?:^|; )bench_consent=([01])/.exec(document.cookie);
const run = () => {
  const s = document.createElement('script');
  s.src = '/analytics.js';
  document.head.appendChild(s);
};
const decide = (yes) => {
  document.cookie = `bench_consent=${yes ? 1 : 0}; path=/; max-age=31536000; samesite=lax`;
  render(null, document.getElementById('consent'));
  if (yes) run();
};

if (decided) decided[1] == '1' && run();
else
  render(
    <div
      class="bare-banner"
      role="region"
      aria-label="Cookies"
      style="position:fixed;inset:auto 0 0 0;padding:16px;background:#fff;border-top:1px solid #888;font:16px system-ui"
    >
      <p>We use cookies: some to run the site, others only with your consent.</p>
      <button data-accept onClick={() => decide(true)}>
        Accept all
      </button>{' '}
      <button onClick={() => decide(false)}>Reject all</button>
    </div>,
    document.getElementById('consent'),
  );
