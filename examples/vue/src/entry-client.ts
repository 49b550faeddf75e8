import { createApp } from './createApp';

createApp(document.cookie, location.pathname).mount('#app');
