import { ConsentryProvider } from '@consentry/react';
import { parseConsentCookie } from 'consentry';
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { consentryConfig } from '../consentry.config';
import './site.css';

export const metadata: Metadata = { title: 'Fjordlys — lamps for long nights', icons: 'data:,' };

/**
 * Reads the visitor's decision from the request's cookie, so the server renders what the visitor
 * allowed: a returning visitor gets the video and the analytics in the HTML, no flash, no shift.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // The cookie's value, not cookies().toString(): that one re-encodes every value.
  const cookie = (await cookies()).get('consentry')?.value;
  const initialConsent = parseConsentCookie(cookie, { revision: consentryConfig.revision });
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
