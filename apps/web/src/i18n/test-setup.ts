import { activateLanguage } from './i18n';

// Unit tests read English, as the app does for a browser that prefers it.
await activateLanguage('en');
