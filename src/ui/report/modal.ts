/**
 * Makes an element the page's only content while it is open: moves it to <body> (so it can be
 * the only thing printed, wherever its parent renders it), marks <html> and <body> with
 * `printing-report` (the print rules hide every other child of <body>), makes the other
 * children of <body> inert and takes the focus. The returned function undoes all of it and
 * gives the focus back.
 */
export const MODAL_CLASS = 'printing-report';

export function openModal(el: HTMLElement): () => void {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (el.parentElement !== document.body) document.body.appendChild(el);
  document.documentElement.classList.add(MODAL_CLASS);
  document.body.classList.add(MODAL_CLASS);
  const madeInert: Element[] = [];
  for (const child of Array.from(document.body.children)) {
    if (child !== el && !child.hasAttribute('inert')) {
      child.setAttribute('inert', '');
      madeInert.push(child);
    }
  }
  el.focus();
  return () => {
    for (const child of madeInert) child.removeAttribute('inert');
    document.documentElement.classList.remove(MODAL_CLASS);
    document.body.classList.remove(MODAL_CLASS);
    el.remove();
    if (previous?.isConnected) previous.focus();
  };
}
