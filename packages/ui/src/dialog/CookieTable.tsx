import type { CategoryModel, CookieRow } from './dialogModel';

/** The cookies and storage of one category: name, provider, purpose, duration (compliance R31). */
export function CookieTable({ category, headers }: { category: CategoryModel; headers: CookieRow }) {
  if (!category.rows.length)
    return (
      <p class="muted">
        <span class="sr-only">{category.caption}</span> {category.empty}
      </p>
    );
  return (
    // It scrolls sideways on a small screen (WCAG 1.4.10 allows it for a data table), named by its caption.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users scroll it once it has focus (WCAG 2.1.1, axe scrollable-region-focusable).
    <table tabIndex={0}>
      <caption>{category.caption}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {category.rows.map((row) => (
          <tr>
            {row.map((cell) => (
              <td>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
