import type { CoreConfig } from '../model/config/resolvedConfig';
import type { Env } from '../env/env';

/** `SameSite=Lax` set explicitly (browsers differ in their default), `Secure` on https. */
function attributes(env: Env, config: CoreConfig, maxAge: number) {
  const { path, domain } = config.cookie;
  return `; Max-Age=${maxAge}; Path=${path}; SameSite=Lax${domain ? '; Domain=' + domain : ''}${env.secure ? '; Secure' : ''}`;
}

/** Writes a decision's cookie value; the cookie lives until the decision expires. */
export function writeConsentCookie(env: Env, config: CoreConfig, value: string, expires: number) {
  env.writeCookie(config.cookie.name + '=' + value + attributes(env, config, Math.max(0, Math.round((expires - env.now()) / 1e3))));
}

export function removeConsentCookie(env: Env, config: CoreConfig) {
  env.writeCookie(config.cookie.name + '=' + attributes(env, config, 0));
}
