import { renderToString } from 'vue/server-renderer';
import { createApp } from './createApp';

/** The app's HTML for a request with this `Cookie` header. */
export const render = (cookieHeader: string | undefined) => renderToString(createApp(cookieHeader));
