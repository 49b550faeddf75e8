import { allowFromPlaceholder, gateTexts, refocusAfter } from '@consentry/ui/gate';
import { type CSSProperties, useId, useMemo, useRef } from 'react';
import { readContext } from './readContext.js';

export interface ConsentPlaceholderProps {
  /** `"marketing.youtube"` or `"marketing"`: what the button allows. */
  require: string;
  className?: string;
  /** Merged over the default look (sizes it like the content it stands for: `{ aspectRatio: '16 / 9' }`). */
  style?: CSSProperties;
}

// The look of the script tag's placeholder, with the same `--consentry-*` custom properties and defaults
// (docs/ui.md). Inline, so it needs no stylesheet; the browser's own focus ring stays.
const BOX: CSSProperties = {
  boxSizing: 'border-box',
  display: 'flex',
  flexDirection: 'column',
  gap: 10,
  alignItems: 'flex-start',
  justifyContent: 'center',
  minHeight: 120,
  width: '100%',
  height: '100%',
  padding: 'var(--consentry-spacing, 16px)',
  background: 'var(--consentry-surface, #f3f4f6)',
  color: 'var(--consentry-fg, #1b1b1f)',
  border: '1px dashed var(--consentry-border, #6e6e78)',
  borderRadius: 'var(--consentry-radius, 10px)',
  font: '400 var(--consentry-font-size, 15px)/1.5 var(--consentry-font, system-ui, sans-serif)',
};
const BUTTON: CSSProperties = {
  font: 'inherit',
  fontWeight: 600,
  minHeight: 44,
  minWidth: 44,
  padding: '10px 14px',
  borderRadius: 6,
  border: '2px solid var(--consentry-accent, #1d4ed8)',
  background: 'var(--consentry-accent, #1d4ed8)',
  color: 'var(--consentry-accent-fg, #fff)',
  cursor: 'pointer',
};

/**
 * Consentry's embed placeholder as a React element: what is held, by whom, and a button that
 * allows the service (or the category) and so renders the gate's children. A group named by its
 * text, so a screen reader says what the button loads. `ConsentGate`'s default fallback.
 */
export function ConsentPlaceholder({ require, className, style }: ConsentPlaceholderProps) {
  const { api, config } = readContext('<ConsentPlaceholder>');
  const id = useId();
  const texts = useMemo(() => gateTexts(config, require), [config, require]);
  const box = useRef<HTMLDivElement>(null);
  const allow = () => {
    const refocus = refocusAfter(box.current!);
    // The gate renders the content as the decision applies; focus follows in the next frame.
    if (api) allowFromPlaceholder(api, require, texts).then(() => requestAnimationFrame(refocus));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a placeholder is a labelled group of text and a button, not a form's fieldset.
    <div
      ref={box}
      role="group"
      aria-labelledby={id}
      lang={texts.lang}
      className={className ? `consentry-placeholder ${className}` : 'consentry-placeholder'}
      style={style ? { ...BOX, ...style } : BOX}
    >
      <p id={id} style={{ margin: 0 }}>
        {texts.text}
      </p>
      <button type="button" onClick={allow} style={BUTTON}>
        {texts.allow}
      </button>
    </div>
  );
}
