/**
 * The document's language and title follow the interface language, for screen readers, the
 * browser's tab and search engines. Call from a component's setup.
 */
import { i18n, t } from '../i18n/index.svelte';

export function syncDocumentLanguage(): void {
  $effect(() => {
    document.documentElement.lang = i18n.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
  });
}
