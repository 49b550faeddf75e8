import { describe, expect, it } from 'vitest';
import { patternInWords } from '../../src/dialog/patternInWords';

describe('patternInWords', () => {
  it.each([
    ['/^_ga($|_)/', '_ga, _ga_…'],
    ['/^_ga/', '_ga…'],
    ['/^_pk_/', '_pk_…'],
    ['/^matomo_sessid$/i', 'matomo_sessid'],
    ['/^_?ttclid$/', 'ttclid, _ttclid'],
    ['/^_hj/', '_hj…'],
    ['/^_?hj/', 'hj…, _hj…'],
    ['/_ga/', '…_ga…'],
    ['/^_dc_gtm_/', '_dc_gtm_…'],
    ['/^ab\\.cd$/', 'ab.cd'],
    ['/^x[0-9]+$/', 'x…'],
    ['_fbp', '_fbp'],
  ])('%s should read %s', (pattern, words) => {
    expect(patternInWords(pattern)).toBe(words);
    expect(patternInWords(pattern)).not.toMatch(/[\^$\\/(|)[\]]/);
  });
});
