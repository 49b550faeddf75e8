import { ConsentryProvider } from '@consentry/react';
import { parseConsentCookie } from 'consentry';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { consentryConfig } from '../consentry.config';
import './site.css';

export const metadata: Metadata = { title: 'Fjordlys — lamps for long nights', icons: 'data:,' };

/**
 * Reads the visitor's decision from the request's cookie, so the server renders what the visitor
 * allowed: a returning visitor gets the video and the analytics in the HTML, no flash, no shift.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // The whole Cookie header, as the browser sent it: with two consent cookies (host-only and
  // Domain=) the newest decision counts, as in the page; cookies().get() gives the first, and
  // cookies().toString() re-encodes every value. The options the config sets decide expiry.
  const { revision, cookie } = consentryConfig;
  const header = (await headers()).get('cookie');
  const initialConsent = parseConsentCookie(header, { revision, name: cookie?.name, expiresAfterDays: cookie?.expiresAfterDays });
  return (
    <html lang="en">
      <body>
        <ConsentryProvider config={consentryConfig} initialConsent={initialConsent}>
          {children}
        </ConsentryProvider>
      </body>
    </html>
  );
}
