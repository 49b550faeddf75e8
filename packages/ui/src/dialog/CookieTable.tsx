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
    <table>
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
