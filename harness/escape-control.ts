/**
 * Control characters (C0 but tab and newline, DEL, C1) and bidirectional overrides: what a terminal would
 * act on (ESC rewrites the title, moves the cursor) or show in a misleading order.
 */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text safe to print on a terminal: every control character as a visible `\xNN` / `\uNNNN` escape.
 * @example escapeControl('kind "\x1b]0;pwned\x07"') // 'kind "\\x1b]0;pwned\\x07"'
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
