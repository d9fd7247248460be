/**
 * A section whose readings are kept apart (national scale), rendered in happy-dom: the panel says
 * it is reading them, then shows the values of its district's file; a file that cannot be read is
 * named in a localized alert, and the rest of the panel stays.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import type { SectionFeature, Sections } from '../../src/data/contract';
import { placeNames } from '../../src/present/names';
import { loadReadings, readingsFile, type FetchLike } from '../../src/data/load';
import { SectionReadings } from '../../src/state/section-readings.svelte';
import WaterDetails from '../../src/ui/WaterDetails.svelte';
import { sampleDataset } from '../unit/sample-data';

const sample = sampleDataset.sections as Sections;
const cuntan = sample.features.find((f) => f.properties.name === '寸滩')!;
const { monthly, ...withoutReadings } = cuntan.properties;
const point: SectionFeature = { ...cuntan, properties: withoutReadings };

let component: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (component) unmount(component);
  component = null;
  document.body.innerHTML = '';
});

/** A fetcher over one readings file, or a 404 for every file; resolves when `release` is called. */
function host(files: Record<string, unknown>) {
  const asked: string[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const fetcher = async (url: string) => {
    asked.push(url);
    await gate;
    const body = files[new URL(url).pathname];
    return body ? { ok: true, status: 200, json: async () => body } : { ok: false, status: 404, json: async () => null };
  };
  return { asked, fetcher, release: () => release() };
}

/** The readings of the path `r/{adcode}.json` under http://h/data/, as the page sets them up. */
const readingsFrom = (fetcher: FetchLike) =>
  new SectionReadings({ read: (adcode) => loadReadings(new URL('http://h/data/'), 'r/{adcode}.json', adcode, fetcher), file: (adcode) => readingsFile('r/{adcode}.json', adcode) });

function render(readings: SectionReadings) {
  const target = document.createElement('div');
  document.body.appendChild(target);
  component = mount(WaterDetails, { target, props: { selected: { kind: 'section', feature: point }, names: placeNames(sampleDataset), readings } });
  flushSync();
  return target;
}

/** Until `done` holds (the readings module loads on first use, then the file is fetched). */
async function until(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) {
    await tick();
    await new Promise((r) => setTimeout(r, 10));
    flushSync();
  }
  expect(done()).toBe(true);
}

describe('WaterDetails with readings apart', () => {
  it('reads the district’s file once and shows its values', async () => {
    const { asked, fetcher, release } = host({ [`/data/r/${cuntan.properties.adcode}.json`]: { [cuntan.properties.id]: monthly } });
    const target = render(readingsFrom(fetcher));
    expect(target.querySelector('[data-testid=readings-note]')?.textContent).toBe('正在读取逐月监测值…');
    await until(() => asked.length > 0);
    expect(asked).toEqual([`http://h/data/r/${cuntan.properties.adcode}.json`]);
    release();
    await until(() => target.querySelector('tbody') !== null);
    const rows = [...target.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(monthly!.map((m) => m.month));
    expect(target.querySelector('[data-testid=readings-note]')).toBeNull();
    expect(asked).toHaveLength(1);
  });

  it('names the file that could not be read, and keeps the section’s facts', async () => {
    const { fetcher, release } = host({});
    const target = render(readingsFrom(fetcher));
    release();
    await until(() => target.querySelector('[data-testid=readings-note]')?.getAttribute('role') === 'alert');
    const note = target.querySelector('[data-testid=readings-note]');
    expect(note?.getAttribute('role')).toBe('alert');
    expect(note?.textContent).toBe(`逐月监测值未能读取： r/${cuntan.properties.adcode}.json: could not be downloaded (HTTP 404)`);
    expect(target.querySelector('[data-testid=water-facts]')?.textContent).toContain('长江');
    expect(target.querySelector('tbody')).toBeNull();
  });
});
