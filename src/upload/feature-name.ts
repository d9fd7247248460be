/**
 * What to call a feature of an uploaded file in a list: its name if the file gives one, else an
 * attribute that tells it apart (a parcel number, an id), else nothing (the list then numbers
 * it). Files name things in many ways: KML/GPX `name`, shapefile columns such as `NAME`, `名称`,
 * `地块名称`, `XMMC` (项目名称) or `DKBH` (地块编号).
 */

/** Keys that hold a name, most telling first; compared without case. */
const NAME_KEYS = ['name', '名称', '地块名称', '项目名称', '宗地名称', 'xmmc', 'dkmc', 'zdmc', 'title', 'label', 'mc'];
/** Keys that hold an identifier: shown with their key, since "17" alone says little. */
const ID_KEYS = ['地块编号', '项目编号', '宗地编号', '编号', 'dkbh', 'xmbh', 'zdbh', 'bh', 'code', '编码', 'id', 'objectid', 'fid'];

const MAX_CHARS = 60;

export interface FeatureName {
  text: string;
  /** The attribute it came from, when it is an identifier or another attribute rather than a name. */
  key?: string;
}

function shown(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

export function featureName(properties: Record<string, unknown> | null | undefined): FeatureName | null {
  if (!properties) return null;
  const entries = Object.entries(properties);
  const byKey = (keys: readonly string[]) => {
    for (const key of keys) {
      const entry = entries.find(([k]) => k.trim().toLowerCase() === key);
      const text = entry && shown(entry[1]);
      if (text) return { key: entry[0], text };
    }
    return null;
  };
  const named = byKey(NAME_KEYS) ?? entries.map(([k, v]) => (/name|名称/i.test(k) ? { key: k, text: shown(v) } : null)).find((e) => e?.text);
  if (named?.text) return { text: named.text };
  const id = byKey(ID_KEYS);
  if (id) return { key: id.key, text: id.text };
  // Else the first short text attribute (a description of a few words tells features apart too).
  for (const [key, value] of entries) {
    const text = typeof value === 'string' ? shown(value) : null;
    if (text && text.length <= 40 && !/^(#|https?:)/.test(text)) return { key, text };
  }
  return null;
}
