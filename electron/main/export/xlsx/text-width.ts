// Text measurement in Excel column units (the width of "0" in the default font). Excel, WPS and
// LibreOffice do not size columns or rows themselves when a file is opened, so the exporter
// estimates them: a CJK ideograph or full-width sign is about two units, ASCII about one.

/** Full-width ranges: CJK punctuation, ideographs, Hangul, compatibility and full-width forms. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd) ||
    // “” ‘’ print full width in CJK fonts (the 三公 title).
    codePoint === 0x201c ||
    codePoint === 0x201d ||
    codePoint === 0x2018 ||
    codePoint === 0x2019
  )
}

/** Width of one line of text at 10 pt, in column units. */
export function textWidth(text: string): number {
  let w = 0
  for (const ch of text) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1
  return w
}

/** Widest explicit line of the text. */
export function widestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(textWidth))
}

/**
 * Lines the text takes when wrapped into `available` units (character wrap, as CJK wraps).
 * `scale` is the font size relative to 10 pt.
 */
export function wrappedLineCount(text: string, available: number, scale = 1): number {
  if (available <= 0) return 1
  let lines = 0
  for (const part of text.split('\n')) {
    let current = 0
    let count = 1
    for (const ch of part) {
      const w = (isWide(ch.codePointAt(0) ?? 0) ? 2 : 1) * scale
      if (current + w > available && current > 0) {
        count++
        current = 0
      }
      current += w
    }
    lines += count
  }
  return Math.max(1, lines)
}
