// templates/<year>/glossary.txt → 名词解释 entries (format in templates/README.md): entries are
// separated by blank lines; the lines of one entry are kept, joined by `\n` (spec §1.6 六 has two).
export function parseGlossaryText(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n[ \t\u3000]*\r?\n/)
    .map((entry) =>
      entry
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join('\n'),
    )
    .filter((e) => e !== '')
}
