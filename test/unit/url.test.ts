import { describe, expect, it } from 'vitest';
import { defaultUrlState, formatHash, parseHash, precisionForZoom, type UrlState } from '../../src/state/url';

describe('URL hash state', () => {
  it('writes the view like openstreetmap.org: zoom/lat/lon with zoom-dependent precision', () => {
    const state: UrlState = { ...defaultUrlState(), view: { zoom: 12, lat: 29.56, lon: 106.55 } };
    expect(formatHash(state)).toBe('#map=12/29.5600/106.5500');
    expect(precisionForZoom(12)).toBe(4);
    expect(precisionForZoom(6)).toBe(2);
    expect(precisionForZoom(0)).toBe(0);
  });

  it('round-trips every non-default part', () => {
    const state: UrlState = {
      view: { zoom: 9.5, lat: 30.1234, lon: 107.9876 },
      selection: { kind: 'section', id: 'CQ-S012' },
      site: 'A_ulhAof~qE',
      hidden: ['points', 'units'],
      filters: { categories: ['key', 'general'], district: '500101', classes: [1, 2, 3] },
      lang: 'en',
      basemap: 'city-tiles',
      pin: [106.551234, 29.561234],
      theme: 'dark',
      tool: 'measure',
    };
    const hash = formatHash(state);
    expect(hash).toBe(
      '#map=9.5/30.123/107.988&sel=section:CQ-S012&site=A_ulhAof~qE&hide=units,points&cat=key,general&d=500101&wq=1,2,3&lang=en&bm=city-tiles&pin=29.561234,106.551234&theme=dark&tool=measure',
    );
    const parsed = parseHash(hash);
    expect(parsed.selection).toEqual(state.selection);
    expect(parsed.site).toBe(state.site);
    expect(parsed.hidden).toEqual(['units', 'points']);
    expect(parsed.filters).toEqual(state.filters);
    expect(parsed.lang).toBe('en');
    expect(parsed.basemap).toBe('city-tiles');
    expect(parsed.pin).toEqual([106.551234, 29.561234]);
    expect(parsed.theme).toBe('dark');
    expect(parsed.tool).toBe('measure');
    expect(parseHash('#tool=erase').tool).toBe('none');
    expect(parsed.view).toEqual({ zoom: 9.5, lat: 30.123, lon: 107.988 });
    expect(formatHash(parsed)).toBe(hash);
  });

  it('ignores a pin out of range or malformed, and a basemap id with odd characters', () => {
    const parsed = parseHash('#pin=95,10&bm=<x>');
    expect(parsed.pin).toBeNull();
    expect(parsed.basemap).toBeNull();
    expect(parseHash('#pin=29.5,abc').pin).toBeNull();
    expect(parseHash('#pin=-33.86,151.21').pin).toEqual([151.21, -33.86]);
  });

  it('writes nothing for the default state', () => {
    expect(formatHash(defaultUrlState())).toBe('');
    expect(parseHash('')).toEqual(defaultUrlState());
  });

  it('keeps an empty filter (nothing shown) distinct from the default (everything shown)', () => {
    const parsed = parseHash('#cat=&wq=');
    expect(parsed.filters.categories).toEqual([]);
    expect(parsed.filters.classes).toEqual([]);
    expect(formatHash(parsed)).toBe('#cat=&wq=');
  });

  it('ignores malformed or hostile values instead of failing', () => {
    const parsed = parseHash('#map=abc/1/2&sel=unit:<img src=x onerror=alert(1)>&hide=units,bogus&d=5001&wq=2,9&lang=fr&theme=<b>');
    expect(parsed.view).toBeNull();
    expect(parsed.selection).toBeNull();
    expect(parsed.hidden).toEqual(['units']);
    expect(parsed.filters.district).toBeNull();
    expect(parsed.filters.classes).toEqual([2]);
    expect(parsed.lang).toBe('zh');
    expect(parsed.theme).toBe('light');
    expect(parseHash('#map=30/0/0').view).toBeNull();
    expect(parseHash('#map=5/91/0').view).toBeNull();
  });
});
