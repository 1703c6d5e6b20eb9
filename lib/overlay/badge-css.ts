/**
 * The badge's styles, inside its shadow root. `all: initial` on the host
 * stops the page's inherited styles (font size, line height, text
 * transform) from reaching in; sizes are in px so a 32px heading does not
 * make a giant chip. The card is absolutely positioned so opening it never
 * moves the page.
 */
export const badgeCss = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle; margin-inline-start: 6px; line-height: 1; }
.wrap { position: relative; display: inline-flex; align-items: center; gap: 4px; font: 500 12px/1.2 system-ui, sans-serif; }
button { font: inherit; cursor: pointer; }
.chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px; border-radius: 999px; border: 1px solid rgb(0 0 0 / 0.15); background: var(--level); color: #fff; }
.chip:focus-visible, .add:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; box-shadow: 0 0 0 1.5px #fff; }
.due-soon { background: #f2c94c; }
.due-today { background: #f2994a; }
.overdue { background: #eb5757; }
.badly-overdue { background: #b00020; box-shadow: 0 0 0 1.5px #fff, 0 0 0 3px #b00020; }
.goal { font-size: 11px; }
.add { padding: 1px 7px; border-radius: 999px; border: 1px dashed #6b7280; background: transparent; color: #4b5563; opacity: 0.75; }
.add:hover, .add:focus-visible { opacity: 1; }
.error { color: #b00020; font-size: 11px; }
.card { display: none; position: absolute; top: calc(100% + 6px); left: 0; z-index: 2147483647; width: 320px; max-width: 90vw; box-sizing: border-box; padding: 10px 12px; border-radius: 8px; background: #fff; color: #1f2328; border: 1px solid #d0d7de; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); text-align: start; white-space: normal; }
.wrap:hover .card, .wrap:focus-within .card { display: block; }
.wrap.dismissed .card { display: none; }
.name { margin: 0 0 6px; font-weight: 600; font-size: 13px; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 3px 8px; margin: 0; font-weight: 400; }
dt { color: #57606a; white-space: nowrap; }
dd { margin: 0; }
.actions { display: flex; gap: 6px; margin-top: 8px; }
.action { padding: 4px 10px; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328; }
.action:hover { background: #eaeef2; }
.action:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.status { margin: 6px 0 0; font-weight: 400; }
.status:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6edf3; border-color: #444c56; }
  dt { color: #9198a1; }
  .action { background: #2d333b; color: #e6edf3; border-color: #444c56; }
  .action:hover { background: #373e47; }
  .add { color: #c9d1d9; border-color: #9198a1; }
}
`;
