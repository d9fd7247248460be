/**
 * Whether the browser's print dialog owns the keyboard: from `beforeprint` until a moment after
 * `afterprint`, an Escape belongs to that dialog, not to the report.
 */
const AFTER_PRINT_MS = 500;

export interface PrintWatch {
  printDialogOwnsKeys(): boolean;
  stop(): void;
}

export function watchPrinting(win: Window = window): PrintWatch {
  let printing = false;
  let endedAt = -Infinity;
  const onBefore = () => (printing = true);
  const onAfter = () => {
    printing = false;
    endedAt = performance.now();
  };
  win.addEventListener('beforeprint', onBefore);
  win.addEventListener('afterprint', onAfter);
  return {
    printDialogOwnsKeys: () => printing || performance.now() - endedAt < AFTER_PRINT_MS,
    stop: () => {
      win.removeEventListener('beforeprint', onBefore);
      win.removeEventListener('afterprint', onAfter);
    },
  };
}
