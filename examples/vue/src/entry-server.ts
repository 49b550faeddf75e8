import { renderToString } from 'vue/server-renderer';
import { createApp } from './createApp';

/** The app's HTML for a request of `path` with this `Cookie` header. */
export const render = (cookieHeader: string | undefined, path: string) => renderToString(createApp(cookieHeader, path));
