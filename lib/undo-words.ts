/**
 * What every status line says about an undo, so that the popup, the
 * sidebar and the dashboard word it alike: the change taken back is named,
 * as several can be on screen at once.
 */

/** Once `change` (the message that offered the undo) has been taken back. */
export const undoneMessage = (change: string): string => `Undone: ${change}`;

/** When taking a change back failed, which leaves the change as it was. */
export const undoFailedMessage = (error: unknown): string =>
  `Could not undo: ${error instanceof Error ? error.message : String(error)}`;
