/**
 * Save text as a file: Blob → object URL → a temporary <a download>, appended to `parent`
 * (the open report dialog, which is not inert) and removed at once; the URL is revoked after
 * the browser has started the download.
 */
export function downloadText(text: string, fileName: string, type: string, parent: HTMLElement = document.body): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
