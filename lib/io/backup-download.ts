/** Handing a file to the browser's downloads, from an extension page. */

/** Long enough for the browser to have started reading the blob: revoking earlier can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

export function downloadFile(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  // Attached while clicked: some browser versions ignore a click on a link outside the document.
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
