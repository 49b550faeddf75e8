/**
 * Category and service names: a letter, then letters, digits, "_" or "-". No dots (they separate
 * `category.service`), nothing a cookie value must escape, and never a name objects inherit
 * (`__proto__`, `constructor`, `toString`…): such a name would find the prototype's member
 * wherever a plain object is indexed by it.
 */
export const isName = (v: string) => /^[A-Za-z][\w-]*$/.test(v) && !(v in {});

/**
 * Service names may also hold single spaces between words (`"Google Ads"`, as vanilla-cookieconsent
 * allows); the consent cookie writes each space as `+`.
 */
export const isServiceName = (v: string) => /^[A-Za-z][\w-]*( [\w-]+)*$/.test(v) && !(v in {});

/** Own keys only: a key such as "constructor" must not count as present. */
export const has = (o: object, k: string) => Object.hasOwn(o, k);
