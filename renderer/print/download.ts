/**
 * Files the main process sends as base64 (PDFs) handed to the user. A download works the same in
 * Electron and in the browser; a sandboxed Electron renderer cannot open the system print dialog
 * on a blob, so printing there goes through the saved file.
 */

/** Bytes of a base64 string (atob gives a binary string, one char per byte). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Offers `base64` as a download named `fileName` and returns the blob URL, which stays valid for
 * a minute so a tab opened on it (browser mode) has time to load it.
 */
export function downloadBase64(fileName: string, base64: string, mime = 'application/pdf'): string {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return url;
}

/** Electron's preload sets `window.desk`; there `window.open` is denied by the main process. */
export function isElectron(): boolean {
  return typeof window !== 'undefined' && window.desk !== undefined;
}
