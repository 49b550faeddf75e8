import { ConsentGate, ConsentScript } from '@consentry/react';
import { ConsentButtons } from './ConsentButtons';

export default function Home() {
  return (
    <main>
      <header>
        <p className="brand">Fjordlys</p>
        <nav aria-label="Site">
          <a href="/">Lamps</a> <a href="/privacy">Privacy</a>
        </nav>
      </header>
      <h1>Lamps for long nights</h1>
      <p>Hand-made in Ålesund from birch and linen. Each lamp gives a warm, low light that is kind to tired eyes.</p>

      <h2>See how we make them</h2>
      {/* The box has the video's size whatever shows in it, so allowing it moves nothing. */}
      <div className="video">
        <ConsentGate require="marketing.youtube">
          <iframe
            src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
            title="How a Fjordlys lamp is made (YouTube)"
            allow="encrypted-media; picture-in-picture"
            allowFullScreen
          />
        </ConsentGate>
      </div>

      <h2>Your choices</h2>
      <ConsentGate require="analytics" fallback={<p id="analytics-state">Visitor statistics are off.</p>}>
        <p id="analytics-state">Visitor statistics are on: they help us see which lamps people look at.</p>
        {/* Loaded once allowed, once per page however often the gate opens; Consentry releases it, so it knows it ran. */}
        <ConsentScript require="analytics" src="/analytics.js" />
      </ConsentGate>
      <ConsentButtons />
    </main>
  );
}
