import { SERVICE_PATTERNS } from '../catalogue/servicePatterns';
import { has } from './names';
import { compilePattern } from './patterns';
import type { CoreService } from './resolvedConfig';

/** A catalogue service's patterns as a service's own (none for a name the catalogue lacks). */
export function catalogueService(id: string): Omit<CoreService, 'name'> {
  const [cookies = '', storage = ''] = has(SERVICE_PATTERNS, id) ? SERVICE_PATTERNS[id] : [];
  const list = (s: string) => s.split(' ').filter(Boolean).map((p) => compilePattern(p)!);
  return { cookies: list(cookies), storage: list(storage), paths: [] };
}
