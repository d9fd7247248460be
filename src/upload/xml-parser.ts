/**
 * The XML parser of the upload worker (Workers have no DOMParser): @xmldom/xmldom, which
 * @tmcw/togeojson supports, set up for hostile input. It stops at the first error instead of
 * recovering: its recovery after a stray `<` rescans the rest of the text, so a 1 MB file of `<`
 * took 30 s, and stopped it takes 2 ms. It keeps no line numbers (a cost per character). It never
 * expands entities declared in a DTD (`&lol9;` is "entity not found", an error) and fetches
 * nothing; `xml.ts` refuses DTDs and bounds depth, elements and nodes before it runs.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { XmlParser } from './types';

export function strictXmlParser(): XmlParser {
  let first: string | undefined;
  const parser = new DOMParser({
    locator: false,
    onError: (level, message) => {
      if (level === 'warning') return;
      first ??= message;
      throw new Error(message);
    },
  });
  return {
    parseFromString(text, mimeType) {
      first = undefined;
      try {
        return parser.parseFromString(text, mimeType);
      } catch (e) {
        // xmldom wraps the message ("Reporting error … caused …"): keep the parser's own words
        throw new Error(first ?? (e instanceof Error ? e.message : String(e)));
      }
    },
  };
}
