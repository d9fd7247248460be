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

/** Elements that hold one position each (GPX, TCX, KML's gx:Track). */
const POINT_ELEMENTS = new Set(['trkpt', 'rtept', 'wpt', 'Trackpoint', 'gx:coord']);

/** What a KML/GPX/TCX text would make an XML parser build, measured without building it. */
export interface XmlShape {
  /** Deepest element nesting. */
  depth: number;
  /** Elements (the parser's heaviest objects: ≈ 800 bytes each in xmldom). */
  elements: number;
  /** Every node the parser would make: elements, attributes, text runs (whitespace too), comments, CDATA, instructions. */
  nodes: number;
  /** Positions: the tuples of each `<coordinates>`, plus each trkpt, rtept, wpt, Trackpoint and gx:coord. */
  positions: number;
  /** A `<!DOCTYPE … [ … ]>` with an internal subset (where entities are declared). */
  dtd: boolean;
}

const isSpaceAt = (text: string, i: number): boolean => isSpace(text.charCodeAt(i));

/** The index just past the first `token` at or after `from`, or -1. */
function past(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

/** Whitespace-separated tokens of `text` between `from` and `to`. */
function tokens(text: string, from: number, to: number): number {
  let n = 0;
  let inToken = false;
  for (let j = from; j < to; j++) {
    const space = isSpaceAt(text, j);
    if (!space && !inToken) n++;
    inToken = !space;
  }
  return n;
}

/**
 * One linear pass over an XML text, in the manner of a tokenizer: comments, CDATA, instructions
 * and declarations are skipped whole, quoted attribute values are skipped (they may hold `>`).
 * It stops at the first malformed tag (a `<` inside a tag, or no `>` before the end): the parser,
 * which stops at the first error, builds nothing past it either.
 */
export function scanXml(text: string): XmlShape {
  const shape: XmlShape = { depth: 0, elements: 0, nodes: 0, positions: 0, dtd: false };
  let depth = 0;
  let inCoordinates = false;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > i) {
      shape.nodes++;
      if (inCoordinates) shape.positions += tokens(text, i, textEnd);
    }
    if (lt < 0) break;
    let end: number;
    if (text.startsWith('<!--', lt)) {
      end = past(text, '-->', lt + 4);
      shape.nodes++;
    } else if (text.startsWith('<![CDATA[', lt)) {
      end = past(text, ']]>', lt + 9);
      shape.nodes++;
    } else if (text.startsWith('<?', lt)) {
      end = past(text, '?>', lt + 2);
      shape.nodes++;
    } else if (text.startsWith('<!', lt)) {
      end = past(text, '>', lt);
      // `[` only up to this declaration's end: searching further for every `<!` would be quadratic
      const bracket = text.slice(lt, end < 0 ? text.length : end).includes('[');
      if (bracket) {
        shape.dtd = true;
        break;
      }
    } else if (text[lt + 1] === '/') {
      end = past(text, '>', lt);
      depth--;
      inCoordinates = false;
    } else {
      let quote = 0;
      let j = lt + 1;
      let attributes = 0;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) {
          quote = c;
        } else if (c === 0x3d) {
          attributes++;
        } else if (c === 0x3e || c === 0x3c) {
          break;
        }
      }
      if (j >= text.length || text.charCodeAt(j) === 0x3c) break;
      let nameEnd = lt + 1;
      while (nameEnd < j && !isSpaceAt(text, nameEnd) && text[nameEnd] !== '/') nameEnd++;
      const name = text.slice(lt + 1, nameEnd);
      shape.elements++;
      shape.nodes += 1 + attributes;
      if (POINT_ELEMENTS.has(name)) shape.positions++;
      if (text[j - 1] !== '/') {
        if (++depth > shape.depth) shape.depth = depth;
        inCoordinates = name === 'coordinates' || name.endsWith(':coordinates');
      }
      end = j + 1;
    }
    if (end < 0) break; // an unterminated comment, CDATA, instruction or tag: nothing more is built
    i = end;
  }
  return shape;
}
