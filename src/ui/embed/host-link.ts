/**
 * The embed's side of the host conversation: post the content height whenever it changes, and
 * take the colour scheme from the parent page (and only from it).
 */
import { heightMessages, parseThemeMessage, readyMessage } from '../../state/embed-messages';
import type { Scheme } from '../../state/url';

const framed = () => window.parent !== window;

/** Posts `element`'s height to the parent on every change; returns the function that stops it. */
export function postHeights(element: HTMLElement, id: string): () => void {
  if (!framed()) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // A height is not a secret, and the host's origin is not known here: the host script checks
    // that the message comes from its own iframe (public/embed.js).
    for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(element);
  post();
  return () => observer.disconnect();
}

/** Calls `onTheme` with each scheme the parent page sends; messages from other windows are ignored.
 *  Then says it is ready, and the host script answers with the page's current scheme. */
export function listenForHostTheme(id: string, onTheme: (scheme: Scheme) => void): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!framed() || event.source !== window.parent) return;
    const scheme = parseThemeMessage(event.data);
    if (scheme) onTheme(scheme);
  };
  window.addEventListener('message', onMessage);
  if (framed()) window.parent.postMessage(readyMessage(id), '*');
  return () => window.removeEventListener('message', onMessage);
}
