/**
 * ReportView rendered in happy-dom with the real result of a site check on the sample data:
 * what the reader sees (text, tables), the body class that hides the app in print, focus,
 * Escape, and that data strings render as text.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import ReportView from '../../src/ui/report/ReportView.svelte';
import { check, manifest, square, unitFeatures } from '../unit/report-helpers';
const site = square(108.39, 30.81);
const result = check(site);

let component: ReturnType<typeof mount> | null = null;
afterEach(() => {
  if (component) unmount(component);
  component = null;
  document.body.innerHTML = '';
});

function open(overrides: Record<string, unknown> = {}) {
  const app = document.createElement('div');
  app.id = 'app';
  app.className = 'shell';
  const opener = document.createElement('button');
  app.appendChild(opener);
  document.body.appendChild(app);
  opener.focus();
  const onclose = vi.fn();
  component = mount(ReportView, {
    target: app,
    props: { result, site, siteLabel: '测试场地', snapshot: null, permalink: 'https://example.org/#site=abc', manifest, unitFeatures, onclose, ...overrides },
  });
  flushSync();
  return { app, opener, onclose };
}

describe('ReportView', () => {
  it('renders the report as a modal dialog moved to <body>, with the print class and the app inert', () => {
    const { app } = open();
    const root = document.querySelector('[data-testid="report"]');
    expect(root?.parentElement).toBe(document.body);
    expect(root?.getAttribute('role')).toBe('dialog');
    expect(root?.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(root);
    expect(document.body.classList.contains('printing-report')).toBe(true);
    expect(app.hasAttribute('inert')).toBe(true);
    expect(root?.textContent).toContain('场地核查报告');
    expect(root?.querySelector('[data-testid="report-illustrative"]')?.textContent).toContain('示例数据');
    expect(root?.querySelector('[data-testid="report-disclaimer"]')?.textContent).toContain('不构成审批意见或法律意见');
    const rows = root?.querySelectorAll('[data-testid="report-units"] tbody tr') ?? [];
    expect([...rows].map((r) => r.querySelector('code')?.textContent)).toEqual(result.units.map((u) => u.code));
    expect(root?.querySelectorAll('[data-testid="report-rivers"] tbody tr')).toHaveLength(3);
    expect(root?.querySelectorAll('[data-testid="report-sections"] tbody tr')).toHaveLength(result.sections.length);
    const clauses = Object.values(result.rules).flat().length;
    expect(root?.querySelectorAll('[data-testid="report-rules"] tbody tr:not(.dim)')).toHaveLength(clauses);
    expect(root?.querySelector('[data-testid="report-permalink"] a')?.getAttribute('href')).toBe('https://example.org/#site=abc');
  });

  it('Escape closes; unmounting restores the page and the focus', () => {
    const { app, opener, onclose } = open();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onclose).toHaveBeenCalledTimes(1);
    if (component) unmount(component);
    component = null;
    flushSync();
    expect(document.querySelector('[data-testid="report"]')).toBeNull();
    expect(document.body.classList.contains('printing-report')).toBe(false);
    expect(app.hasAttribute('inert')).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('Escape during printing is left to the print dialog', () => {
    const { onclose } = open();
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onclose).not.toHaveBeenCalled();
  });

  it('renders data as text; no permalink → the too-large note; non-image snapshots are dropped', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const r = { ...result, units: result.units.map((u) => ({ ...u, name: evil })) };
    open({ result: r, permalink: null, snapshot: 'javascript:alert(1)', siteLabel: evil });
    const root = document.querySelector('[data-testid="report"]');
    expect(root?.querySelector('img')).toBeNull();
    expect(root?.querySelector('[data-testid="report-units"]')?.textContent).toContain(evil);
    expect(root?.querySelector('[data-testid="report-permalink"]')?.textContent).toContain('GeoJSON');
  });

  it('shows a PNG snapshot with alt text', () => {
    open({ snapshot: 'data:image/png;base64,iVBORw0KGgo=' });
    const img = document.querySelector('[data-testid="report"] img');
    expect(img?.getAttribute('alt')).toContain('测试场地');
  });
});
