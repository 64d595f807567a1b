// Text that came from outside (a page, a text file, a server's status line) reaches the
// terminal only without control characters: ESC and CSI start sequences that clear the
// screen, retitle the window or rewrite what was printed before, BEL rings, CR overwrites.
// `--json` needs none of this: JSON escapes every control character.

/** C0 controls except newline, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const TAB = /\t/g;

/** `text` with every control character removed but newlines (a tab becomes a space). */
export function terminalText(text: string): string {
  return text.replace(TAB, ' ').replace(CONTROL, '');
}

/** `text` as one terminal line: control characters removed, line breaks made spaces. */
export function terminalLine(text: string): string {
  return terminalText(text.replace(/\r?\n/g, ' '));
}
