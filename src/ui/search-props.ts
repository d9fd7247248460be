/** What the search box takes: Search's props, which the Header that holds it passes through. */
import type { Dataset } from '../data/contract';
import type { SearchEntry } from '../data/search';
import type { TypedPlace } from '../upload/typed-coordinates';

export interface SearchProps {
  dataset: Dataset | null;
  onpick: (entry: SearchEntry) => void;
  /** A typed coordinate was picked (read against the dataset's bounds). */
  onplace?: (place: TypedPlace) => void;
  /** Units of a tiled layer, which the dataset does not hold: searched in the units-store worker. */
  searchUnits?: ((query: string) => Promise<SearchEntry[]>) | null;
}
