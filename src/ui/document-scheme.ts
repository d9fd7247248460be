import type { Scheme } from '../state/url';

/** Marks the page with the scheme drawn: theme.css switches colours on it, forms follow `color-scheme`. */
export function setDocumentScheme(scheme: Scheme): void {
  const root = document.documentElement;
  root.dataset.theme = scheme;
  root.style.colorScheme = scheme;
}
