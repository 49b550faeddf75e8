import { createApp } from './createApp';

createApp(document.cookie).mount('#app');
