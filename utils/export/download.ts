/**
 * Saving a Blob from an extension page without the `downloads` permission (E16): an object URL
 * and a click on `<a download>`. Must run in a page (the MV3 service worker has no
 * URL.createObjectURL). The URL is revoked a minute later, once the download has started.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  // Firefox only follows the click for an anchor that is in the document.
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
