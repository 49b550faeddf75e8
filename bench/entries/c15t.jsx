// c15t with its own React UI, as its React quickstart sets it up (offline mode: no backend to call).
import { createRoot } from 'react-dom/client';
import { ConsentBanner, ConsentDialog, ConsentManagerProvider } from '@c15t/react';
import '@c15t/react/styles.css';

createRoot(document.getElementById('consent')).render(
  <ConsentManagerProvider
    options={{
      mode: 'offline',
      consentCategories: ['necessary', 'functionality', 'measurement', 'marketing'],
      scripts: [{ id: 'analytics', src: '/analytics.js', category: 'measurement' }],
    }}
  >
    <ConsentBanner />
    <ConsentDialog />
  </ConsentManagerProvider>,
);
