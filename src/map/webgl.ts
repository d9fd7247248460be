/** MapLibre 6 needs WebGL2; without it the app shows a text alternative instead of a blank box. */
export function webglSupported(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}
