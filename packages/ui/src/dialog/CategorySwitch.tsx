import type { CategoryModel, CookieRow } from './dialogModel';
import { CookieTable } from './CookieTable';

export interface CategorySwitchProps {
  category: CategoryModel;
  headers: CookieRow;
  /** Allowed as a whole. */
  checked: boolean;
  services: Record<string, boolean>;
  expanded: boolean;
  onToggle(on: boolean): void;
  onToggleService(name: string, on: boolean): void;
  onExpand(): void;
}

/**
 * One category: a switch whose accessible name is the category's title alone, its description
 * linked by `aria-describedby`, and a disclosure with per-service switches and the cookie table.
 * Necessary is shown on and cannot be switched off. Nothing is pre-ticked: the switches show the
 * visitor's own decision, or off before any.
 */
export function CategorySwitch(p: CategorySwitchProps) {
  const { category: c } = p;
  const id = `consentry-cat-${c.name}`;
  return (
    <div class="category">
      <div class="row">
        <label for={id}>{c.title}</label>
        {c.alwaysOn && <span class="muted">{c.alwaysOn}</span>}
        <input
          id={id}
          class="switch"
          type="checkbox"
          role="switch"
          checked={p.checked || c.necessary}
          disabled={c.necessary}
          aria-describedby={c.description ? id + '-desc' : undefined}
          onChange={(e) => p.onToggle((e.currentTarget as HTMLInputElement).checked)}
        />
      </div>
      {c.description && (
        <p id={id + '-desc'} class="muted">
          {c.description}
        </p>
      )}
      <button type="button" class="link" aria-expanded={p.expanded ? 'true' : 'false'} aria-controls={id + '-more'} onClick={p.onExpand}>
        {c.servicesLabel}
      </button>
      <div id={id + '-more'} hidden={!p.expanded}>
        {c.services.length > 0 && (
          <ul class="services" aria-label={c.servicesLabel}>
            {c.services.map((s) => (
              <li class="row">
                <span>
                  <label for={`${id}-${s.name}`}>{s.label}</label>
                  {s.provider && <span class="muted"> {s.provider}</span>}
                  {s.privacyPolicy && (
                    <>
                      {' '}
                      <a href={s.privacyPolicy.url} target="_blank" rel="noopener">
                        {s.privacyPolicy.text}
                      </a>
                    </>
                  )}
                </span>
                <input
                  id={`${id}-${s.name}`}
                  class="switch"
                  type="checkbox"
                  role="switch"
                  checked={c.necessary || !!p.services[s.name]}
                  disabled={c.necessary}
                  onChange={(e) => p.onToggleService(s.name, (e.currentTarget as HTMLInputElement).checked)}
                />
              </li>
            ))}
          </ul>
        )}
        <CookieTable category={c} headers={p.headers} />
      </div>
    </div>
  );
}
