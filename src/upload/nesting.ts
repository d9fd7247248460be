/**
 * How deep a JSON or XML text nests, in one pass and without parsing it: a 100,000-deep file is
 * measured in milliseconds, before anything recursive (validation, togeojson, the worker's
 * structured clone) sees it and overflows the stack.
 */

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

const isNumberStart = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x2d; // 0-9, -
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Deepest `{`/`[` nesting of a JSON text (brackets inside strings not counted), and how many
 * arrays start with a number: the positions of a GeoJSON (and any numeric property arrays).
 */
export function scanJson(text: string): { depth: number; positions: number } {
  let depth = 0;
  let max = 0;
  let positions = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) max = depth;
      if (c === OPEN_ARRAY) {
        let j = i + 1;
        while (isSpace(text.charCodeAt(j))) j++;
        if (isNumberStart(text.charCodeAt(j))) positions++;
      }
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    }
  }
  return { depth: max, positions };
}

/**
 * Positions a KML/GPX/TCX text holds, without parsing it: the tuples of each `<coordinates>`
 * (whitespace-separated), plus every `<gx:coord>`, `<trkpt>`, `<rtept>`, `<wpt>` and `<Trackpoint>`.
 */
export function xmlPositions(text: string): number {
  let n = 0;
  for (const tag of ['<gx:coord', '<trkpt', '<rtept', '<wpt', '<Trackpoint']) {
    for (let i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + tag.length)) n++;
  }
  for (let i = text.indexOf('<coordinates'); i >= 0; i = text.indexOf('<coordinates', i + 1)) {
    const start = text.indexOf('>', i) + 1;
    const end = text.indexOf('</coordinates', start);
    if (start === 0 || end < 0) break;
    let inToken = false;
    for (let j = start; j < end; j++) {
      const space = isSpace(text.charCodeAt(j));
      if (!space && !inToken) n++;
      inToken = !space;
    }
    i = end;
  }
  return n;
}

/**
 * Deepest element nesting of an XML text: `<a>` opens, `</a>` closes, `<a/>`, `<?…?>`, `<!…>`
 * neither. Comments and CDATA are skipped whole, so markup inside them is not counted.
 */
export function xmlDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    if (text.startsWith('<!--', i)) {
      i = text.indexOf('-->', i);
    } else if (text.startsWith('<![CDATA[', i)) {
      i = text.indexOf(']]>', i);
    } else if (text[i + 1] === '/') {
      depth--;
    } else if (text[i + 1] !== '?' && text[i + 1] !== '!') {
      const end = text.indexOf('>', i);
      if (end < 0) break;
      if (text[end - 1] !== '/' && ++depth > max) max = depth;
      i = end;
    }
    if (i < 0) break;
  }
  return max;
}
