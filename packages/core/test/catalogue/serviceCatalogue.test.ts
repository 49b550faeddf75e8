// The built-in service catalogue: patterns (main file) and descriptions (UI chunk) describe the
// same services, and every cookie the descriptions name is one the patterns block and clear.
// design.md: "Script-tag files", "Categories, services and configuration".
import { describe, expect, it } from 'vitest';
import { SERVICE_DESCRIPTIONS } from '../../src/model/catalogue/serviceDescriptions';
import { SERVICE_PATTERNS } from '../../src/model/catalogue/servicePatterns';
import { compilePattern, matchesName } from '../../src/model/config/patterns';
import type { NameMatcher } from '../../src/model/config/resolvedConfig';

/** A service's cookie patterns compiled the way the config reader compiles a catalogue name. */
const cookieMatchers = (service: string): NameMatcher[] =>
  SERVICE_PATTERNS[service][0]
    .split(' ')
    .filter(Boolean)
    .map((p) => compilePattern(p)!);

/** `_ga_<container-id>` → `_ga_ABC123`: a concrete name of the family a placeholder stands for. */
const example = (name: string) => name.replace(/<[^>]+>/g, 'ABC123');

/** Every string in a value, with its path, for the "no empty strings" check. */
function strings(v: unknown, path: string): Array<[string, string]> {
  if (typeof v == 'string') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (v && typeof v == 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`));
  return [];
}

const services = Object.keys(SERVICE_DESCRIPTIONS);

describe('service catalogue', () => {
  it('given the pattern table, every service in it should have a description, and no description should lack patterns', () => {
    expect(Object.keys(SERVICE_DESCRIPTIONS).sort()).toEqual(Object.keys(SERVICE_PATTERNS).sort());
  });

  it('given the pattern table, every cookie pattern should compile', () => {
    for (const service of Object.keys(SERVICE_PATTERNS)) {
      for (const p of SERVICE_PATTERNS[service].join(' ').split(' ').filter(Boolean)) expect(compilePattern(p), `${service}: ${p}`).toBeDefined();
    }
  });

  it.each(services)('given %s, every cookie it describes should be blocked and cleared by its own patterns', (service) => {
    const matchers = cookieMatchers(service);
    for (const { name } of SERVICE_DESCRIPTIONS[service].cookies) {
      const concrete = example(name);
      expect(
        matchers.some((m) => matchesName(m, concrete)),
        `${service}: "${concrete}" (described as "${name}") matches none of ${SERVICE_PATTERNS[service][0] || 'no patterns'}`,
      ).toBe(true);
    }
  });

  it('given the catalogue, it should have at least 40 services, each id in kebab case', () => {
    expect(services.length).toBeGreaterThanOrEqual(40);
    for (const id of services) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each(services)('given %s, its hosts should be host names or *.subdomain patterns', (service) => {
    for (const host of (SERVICE_PATTERNS[service][3] || '').split(' ').filter(Boolean)) expect(host).toMatch(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it.each(services)('given %s, its privacy policy link should be an https URL', (service) => {
    const url = new URL(SERVICE_DESCRIPTIONS[service].privacyPolicyUrl);
    expect(url.protocol).toBe('https:');
  });

  it.each(services)('given %s, it should have no empty or padded text', (service) => {
    for (const [path, s] of strings(SERVICE_DESCRIPTIONS[service], service)) {
      expect(s.trim(), path).not.toBe('');
      expect(s, path).toBe(s.trim());
    }
  });

  it.each(services)('given %s, it should name each cookie once', (service) => {
    const names = SERVICE_DESCRIPTIONS[service].cookies.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
