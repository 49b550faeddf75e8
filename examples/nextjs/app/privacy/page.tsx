import { ConsentButtons } from '../ConsentButtons';

export default function Privacy() {
  return (
    <main>
      <h1>Privacy</h1>
      <p>
        Fjordlys AS uses visitor statistics (Google Analytics) and shows videos from YouTube only when you allow them. You can change or withdraw your choice at
        any time.
      </p>
      <ConsentButtons />
      <p>
        <a href="/">Back to the lamps</a>
      </p>
    </main>
  );
}
