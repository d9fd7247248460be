/**
 * The page's dataset: fetched once, with what the explorer builds from it (lookups, district
 * label points) built once when it arrives. Arrival also tells the app state which
 * linked features exist, and where a link with a selection but no view should open.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset, DistrictProperties } from '../data/contract';
import { isIllustrative, loadDataset, loadReadings, readingsFile } from '../data/load';
import { startParseWorker } from '../data/parse-client';
import { openArchive } from '../data/pmtiles-archives';
import { buildLookup, resolveSelection, type Lookup } from '../data/lookup';
import { placeNames, type PlaceNames } from '../present/names';
import type { AppState } from './app.svelte';
import type { SectionReadings } from './section-readings.svelte';
import type { UnitStoreState } from './unit-store.svelte';

export interface LoadedData {
  dataset: Dataset;
  lookup: Lookup;
  /** Districts and rivers named in the interface language. */
  names: PlaceNames;
  districtLabels: FeatureCollection<Point, DistrictProperties>;
  illustrative: boolean;
  /** Where the map first opens when the link names a feature but no view. */
  initialBounds: [number, number, number, number] | null;
  /** Tiled units (national scale): the store the units are read from; null for GeoJSON units. */
  unitStore: UnitStoreState | null;
  /** Sections whose readings are kept apart (national scale): read when opened; null when inline. */
  readings: SectionReadings | null;
  /** Context layers that failed to load or validate (file and why), left empty on the map. */
  unavailableLayers: string[];
}

export class DataLoad {
  loaded = $state.raw<LoadedData | null>(null);
  error = $state<string | null>(null);

  constructor(base: URL, app: AppState) {
    // Validation runs in a worker while the page parses its own copy of the bytes it fetched
    const validator = startParseWorker();
    const unavailableLayers: string[] = [];
    // Needed once the data is here, not for the first paint: fetched beside the data.
    const labels = import('../geo/label-points');
    loadDataset(base, fetch, validator?.validate, (failure) => unavailableLayers.push(failure.message), (tiled) => openArchive(tiled.tiles))
      .finally(() => validator?.terminate())
      .then(async (dataset) => {
        const readingsPath = dataset.manifest.layers.find((l) => l.kind === 'sections')?.readings;
        const [{ labelPoints }, unitStore, readings] = await Promise.all([
          labels,
          dataset.tiledUnits ? import('./unit-store.svelte').then((m) => new m.UnitStoreState(dataset, base)) : null,
          readingsPath
            ? import('./section-readings.svelte').then(
                (m) => new m.SectionReadings({ read: (adcode) => loadReadings(base, readingsPath, adcode), file: (adcode) => readingsFile(readingsPath, adcode) }),
              )
            : null,
        ]);
        const lookup = buildLookup(dataset);
        // a tiled unit is looked up in its store when selected (UnitStoreState.select)
        app.knowSelections((s) => resolveSelection(lookup, s) !== null || (!!dataset.tiledUnits && s.kind === 'unit'));
        const selected = resolveSelection(lookup, app.selection);
        // a link with a selection but no view opens on the selected feature
        const initialBounds = !app.view && selected ? (await import('../data/selection-bounds')).selectionBounds(selected) : null;
        this.loaded = {
          dataset,
          lookup,
          names: placeNames(dataset),
          districtLabels: labelPoints(dataset.districts),
          illustrative: isIllustrative(dataset.manifest),
          initialBounds,
          unitStore,
          readings,
          unavailableLayers,
        };
      })
      .catch((e: unknown) => (this.error = e instanceof Error ? e.message : String(e)));
  }
}
