/**
 * The postMessage protocol between an embed and its host page (docs/embedding.md lists it).
 * Out: the content height in our own versioned message, plus the two conventions hosts already
 * listen for (AMP `embed-size` for `amp-iframe resizable`, Pym.js `height`). In: the host page's
 * colour scheme. Pure functions; public/embed.js speaks the same protocol without importing this.
 */
import type { Scheme } from './url';

export const MESSAGE_VERSION = 1;
export const HEIGHT_TYPE = 'zoning-map:height';
export const THEME_TYPE = 'zoning-map:theme';
/** Sent once the embed listens, so the host's first theme message is not lost. */
export const READY_TYPE = 'zoning-map:ready';

export interface HeightMessage {
  type: typeof HEIGHT_TYPE;
  version: typeof MESSAGE_VERSION;
  id: string;
  height: number;
}

/** Everything an embed posts to its parent when its content height is `height` CSS px. */
export function heightMessages(id: string, height: number): unknown[] {
  const px = Math.ceil(height);
  const ours: HeightMessage = { type: HEIGHT_TYPE, version: MESSAGE_VERSION, id, height: px };
  return [ours, { sentinel: 'amp', type: 'embed-size', height: px }, `pymxPYMx${id}xPYMxheightxPYMx${px}`];
}

export const readyMessage = (id: string) => ({ type: READY_TYPE, version: MESSAGE_VERSION, id });

/** The scheme a host asks for, or null when the message is not a valid theme message. */
export function parseThemeMessage(data: unknown): Scheme | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, version, theme } = data as Record<string, unknown>;
  if (type !== THEME_TYPE || version !== MESSAGE_VERSION) return null;
  return theme === 'dark' || theme === 'light' ? theme : null;
}

/** The height an embed reports in our own message (`id` and CSS px), or null for anything else. */
export function parseHeightMessage(data: unknown): { id: string; height: number } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, version, id, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_TYPE || version !== MESSAGE_VERSION || typeof id !== 'string') return null;
  return typeof height === 'number' && height > 0 && height < 20_000 ? { id, height: Math.ceil(height) } : null;
}
