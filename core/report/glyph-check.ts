// Characters no font of the PDF draws (CJK Extension B such as 𠀀 when no extension font is
// installed, control and bidi characters …): pdfmake would print each as an empty box and say
// nothing. The font set comes in as `covered` (main splits the text over the embedded fonts and
// their fallbacks, font-runs.ts), so this walk stays pure and font-agnostic.
export type Covered = (codePoint: number) => boolean

export interface UncoveredCharacter {
  /** Where the text is: a document field path (`projects[3].name`) or `正文`. */
  field: string
  text: string
  char: string
}

const BLANK = /^[ \t\n\r]$/

function firstUncovered(text: string, covered: Covered): string | undefined {
  for (const ch of text) if (!BLANK.test(ch) && !covered(ch.codePointAt(0) as number)) return ch
  return undefined
}

function walk(value: unknown, path: string, visit: (path: string, text: string) => void): void {
  if (typeof value === 'string') visit(path, value)
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, visit))
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path === '' ? k : `${path}.${k}`, visit)
}

/**
 * Every printed character the fonts lack: first by the document field it comes from (so the officer
 * knows what to edit), then any other printed text (templates, catalog names) by its content.
 */
export function uncoveredCharacters(data: unknown, printed: unknown, covered: Covered): UncoveredCharacter[] {
  const printedMissing = new Set<string>()
  const printedTexts: string[] = []
  walk(printed, '', (_, text) => {
    for (const ch of text) if (!BLANK.test(ch) && !covered(ch.codePointAt(0) as number)) printedMissing.add(ch)
    if (firstUncovered(text, covered) !== undefined) printedTexts.push(text)
  })
  if (printedMissing.size === 0) return []
  const out: UncoveredCharacter[] = []
  const named = new Set<string>()
  // A field is named when its whole text is printed somewhere (a name in a table, a title …).
  walk(data, '', (field, text) => {
    const ch = [...text].find((c) => printedMissing.has(c))
    if (ch === undefined || !printedTexts.some((p) => p.includes(text))) return
    out.push({ field, text, char: ch })
    named.add(ch)
  })
  for (const text of printedTexts) {
    const ch = [...text].find((c) => printedMissing.has(c) && !named.has(c))
    if (ch === undefined) continue
    out.push({ field: '正文', text, char: ch })
    named.add(ch)
  }
  return out
}

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
}

const snippet = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s)

/** CJK Extension B and later (planes 2 and 3: U+20000…): ideographs only an extension font draws. */
export function isExtensionIdeograph(ch: string): boolean {
  const cp = ch.codePointAt(0) as number
  return cp >= 0x20000 && cp <= 0x3ffff
}

/** What the officer can do: install an extension font (a name's rare character stays), or rewrite. */
export const EXTENSION_FONT_ADVICE =
  '这是 CJK 扩展区汉字，需要安装含扩展区汉字的字体后再导出：Windows 安装 SimSun-ExtB（simsunb.ttf），统信/麒麟等 Linux 安装花园明朝 HanaMinB（软件包 fonts-hanazono），或在 fonts.json 的 fallback 中指定这样的字体'

export function uncoveredMessage(u: UncoveredCharacter): string {
  const where = u.field === '正文' ? `正文“${snippet(u.text)}”` : `字段 ${u.field}（“${snippet(u.text)}”）`
  const advice = isExtensionIdeograph(u.char) ? EXTENSION_FONT_ADVICE : '请改用常用字或文字说明后再导出'
  return `${where}中的“${u.char}”（${codePoint(u.char)}）在 PDF 字体中没有字形，会印成方框；${advice}`
}

/** One Chinese error for the export: the first few characters, each with its field. */
export function uncoveredError(list: readonly UncoveredCharacter[], limit = 5): string {
  const shown = list.slice(0, limit).map(uncoveredMessage)
  const more = list.length > limit ? `；另有 ${list.length - limit} 处` : ''
  return `PDF 中有字体无法显示的字符：${shown.join('；')}${more}`
}
