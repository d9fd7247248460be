/**
 * Monthly readings kept apart from the sections layer (manifest `readings`, national scale): the
 * file of an adcode is read once, when a section of it is first opened, and kept for the page's
 * life. The first view reads none of them, and loads this module only for such a layer.
 */
import type { MonthlyReading } from '../data/contract';

/** A section's readings as the panel shows them: the list, still reading, or why they failed. */
export type SectionReadingsState = MonthlyReading[] | 'reading' | { error: string };

/** Reads the readings file of an adcode (`data/load.loadReadings`); `file` names it in messages. */
export interface ReadingsFiles {
  read(adcode: string): Promise<Record<string, MonthlyReading[]>>;
  file(adcode: string): string;
}

export class SectionReadings {
  /** Files read so far, by adcode. */
  private files = $state.raw<Record<string, Record<string, MonthlyReading[]>>>({});
  private failures = $state.raw<Record<string, string>>({});
  private readonly started = new Set<string>();

  constructor(private readonly source: ReadingsFiles) {}

  /** Starts reading the file of `adcode`, once (a failed file is asked for again). */
  load(adcode: string): void {
    if (this.started.has(adcode)) return;
    this.started.add(adcode);
    if (adcode in this.failures) this.failures = Object.fromEntries(Object.entries(this.failures).filter(([a]) => a !== adcode));
    this.source
      .read(adcode)
      .then((file) => (this.files = { ...this.files, [adcode]: file }))
      .catch((e: unknown) => {
        this.started.delete(adcode);
        this.failures = { ...this.failures, [adcode]: e instanceof Error ? e.message : String(e) };
      });
  }

  /** Section `id`'s readings, from the file of its `adcode` (reactive). */
  get(adcode: string, id: string): SectionReadingsState {
    const file = this.files[adcode];
    if (file) return file[id] ?? { error: `${this.source.file(adcode)} has no readings for “${id}”` };
    const failed = this.failures[adcode];
    return failed ? { error: failed } : 'reading';
  }
}
