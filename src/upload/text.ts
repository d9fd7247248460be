/** Byte → text decoding with the fallbacks Chinese files need. */

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
  /** True when UTF-8 failed and GB18030 was used. */
  fellBack: boolean;
}

/**
 * Decodes text: honours a UTF-8/UTF-16 BOM, otherwise tries strict UTF-8 and falls back to
 * GB18030 (a superset of GBK/GB2312, what Chinese Excel and GIS tools write).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', fellBack: false };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', fellBack: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', fellBack: false };
  }
  try {
    return { text: utf8Fatal.decode(bytes), encoding: 'utf-8', fellBack: false };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', fellBack: true };
  }
}

/**
 * Maps a shapefile `.cpg` to a WHATWG encoding label, or undefined when unknown/"System".
 * Every GBK-family name maps to gb18030 (the WHATWG GBK decoder is the GB18030 decoder anyway).
 */
export function cpgToEncoding(cpg: string): string | undefined {
  const c = cpg.trim().toUpperCase().replace(/^ANSI\s+/, '').replace(/[\s_]/g, '');
  if (!c || c === 'SYSTEM') return undefined;
  if (/^(UTF-?8|65001)$/.test(c)) return 'utf-8';
  if (/^(GBK|CP936|936|MS936|WINDOWS-?936|GB2312|GB-?2312-?80|GB18030|54936|CP54936|EUC-?CN)$/.test(c)) return 'gb18030';
  if (/^\d+$/.test(c)) {
    const label = `windows-${c}`;
    return isEncoding(label) ? label : undefined;
  }
  const m = /^CP(\d+)$/.exec(c);
  const label = m ? `windows-${m[1]}` : c.toLowerCase();
  return isEncoding(label) ? label : undefined;
}

function isEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
