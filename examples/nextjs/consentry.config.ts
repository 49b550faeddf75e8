import type { ConsentryConfig } from 'consentry';

// One config for the server (revision, cookie name) and the browser (everything else).
export const consentryConfig: ConsentryConfig = {
  revision: 1,
  privacyPolicyUrl: '/privacy',
  controller: { name: 'Fjordlys AS', contact: 'privacy@fjordlys.example' },
  categories: {
    analytics: { services: { ga: 'google-analytics' } },
    marketing: { services: { youtube: 'youtube' } },
  },
};
