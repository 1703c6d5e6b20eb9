/** The start of a note's text, enough to say in a status line which note a change was made to. */
export function notePreview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
