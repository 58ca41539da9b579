import { BUNDLES } from './bundles';
import { activateLanguage, ensureMessages } from './i18n';

// Unit tests read English, as the app does for a browser that prefers it. Components are rendered
// directly, not through their lazy loaders, so every message bundle is asked for up front.
void ensureMessages(...BUNDLES);
await activateLanguage('en');
