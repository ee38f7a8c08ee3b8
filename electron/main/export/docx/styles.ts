// Word styles of the .docx copy, in the PDF's 公文 manner (core/report/styles): A4, the same text and
// table margins, body 三号 仿宋_GB2312 with a fixed ~29 pt pitch, headings 黑体, titles 宋体 bold,
// tables 宋体 10 pt. Headings use Word's built-in Heading 1/2/3 (标题 1/2/3) so the 目录 field and
// the navigation pane pick them up. East-Asian font names are set on every style; the fallbacks
// (仿宋, 宋体 …) are declared in the font table (package.ts).
import type { IStylesOptions } from 'docx'
import { A4, BODY_SIZE, FOOTER_SIZE, TABLE_FONT_SIZE, type Margins } from '../../../../core/report/styles'

/** pt → twentieths of a point (twips), Word's unit for sizes of the page, indents and spacing. */
export const twip = (pt: number): number => Math.round(pt * 20)
/** pt → half-points, Word's unit for font sizes. */
export const halfPt = (pt: number): number => Math.round(pt * 2)

export const FONT = {
  /** 正文: 仿宋_GB2312 (公文), Word falls back to 仿宋. */
  body: '仿宋_GB2312',
  /** 标题: 黑体. */
  heading: '黑体',
  /** 封面与部分标题, 表格: 宋体. */
  title: '宋体',
  table: '宋体',
  latin: 'Times New Roman',
} as const

/** Font families and what Word or WPS use when the first is not installed (font table altName). */
export const FONT_FALLBACKS: readonly { name: string; altName: string; family: 'roman' | 'modern' | 'swiss' }[] = [
  { name: FONT.body, altName: '仿宋', family: 'modern' },
  { name: '仿宋', altName: 'FangSong', family: 'modern' },
  { name: FONT.heading, altName: 'SimHei', family: 'modern' },
  { name: FONT.title, altName: 'SimSun', family: 'roman' },
]

export function fonts(eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin }
}

/** Body line pitch: 16 pt × 1.25 × Noto's 1.44 ≈ 29 pt, the 公文 22 lines a page. */
export const BODY_LINE = twip(29)
export const INDENT_2_CHARS = twip(2 * BODY_SIZE)

export const STYLE = {
  cover: 'CoverTitle',
  tocTitle: 'TocHeading',
  body: 'BodyText',
  subheading: 'SubHeading',
  caption: 'ChartCaption',
  tableLabel: 'TableLabel',
  tableMeta: 'TableMeta',
  tableNote: 'TableNote',
  tableCell: 'TableCellText',
  formTitle: 'FormTitle',
  formSubtitle: 'FormSubtitle',
  footer: 'PageFooter',
} as const

export interface PageSetup {
  orientation: 'portrait' | 'landscape'
  margins: Margins
}

/** Text width in twips of a page set up so. */
export function textWidthTwips(p: PageSetup): number {
  const page = p.orientation === 'portrait' ? A4.width : A4.height
  return twip(page - p.margins[0] - p.margins[2])
}

const exact = (pt: number) => ({ line: twip(pt), lineRule: 'exact' as const })

export function documentStyles(): IStylesOptions {
  const partTitle = { run: { font: fonts(FONT.title), size: halfPt(22), bold: true }, paragraph: { alignment: 'center' as const, spacing: { before: 0, after: twip(18) }, keepNext: true } }
  return {
    default: {
      document: { run: { font: fonts(FONT.body), size: halfPt(BODY_SIZE) }, paragraph: { spacing: { before: 0, after: 0 } } },
      heading1: { ...partTitle, run: { ...partTitle.run, color: '000000' }, paragraph: { ...partTitle.paragraph, outlineLevel: 0 } },
      heading2: {
        run: { font: fonts(FONT.heading), size: halfPt(BODY_SIZE), bold: true, color: '000000' },
        paragraph: { indent: { firstLine: INDENT_2_CHARS }, spacing: { before: twip(6), after: 0, ...exact(29) }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: fonts(FONT.body), size: halfPt(BODY_SIZE), bold: true, color: '000000' },
        paragraph: { indent: { firstLine: INDENT_2_CHARS }, spacing: { before: 0, after: 0, ...exact(29) }, keepNext: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      // Word's 正文 (the default paragraph style; package.ts marks it as the default).
      { id: 'Normal', name: 'Normal', quickFormat: true },
      { id: STYLE.cover, name: 'Cover Title', basedOn: 'Normal', run: { font: fonts(FONT.title), size: halfPt(26), bold: true }, paragraph: { alignment: 'center', spacing: { line: 408, lineRule: 'auto' } } },
      { id: STYLE.tocTitle, name: 'TOC Heading', basedOn: 'Normal', run: partTitle.run, paragraph: partTitle.paragraph },
      { id: STYLE.body, name: 'Body Text', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { firstLine: INDENT_2_CHARS }, spacing: exact(29) } },
      { id: STYLE.subheading, name: 'Sub Heading', basedOn: STYLE.body, next: STYLE.body, run: { bold: true }, paragraph: { keepNext: true } },
      { id: STYLE.caption, name: 'Chart Caption', basedOn: 'Normal', run: { size: halfPt(14), bold: true }, paragraph: { alignment: 'center', spacing: { before: twip(2), after: twip(10) }, keepNext: true } },
      { id: STYLE.tableLabel, name: 'Table Label', basedOn: 'Normal', run: { size: halfPt(10.5) }, paragraph: { spacing: { after: twip(2) }, keepNext: true } },
      { id: STYLE.tableMeta, name: 'Table Meta', basedOn: 'Normal', run: { size: halfPt(10.5) }, paragraph: { spacing: { after: twip(3) }, keepNext: true } },
      { id: STYLE.tableNote, name: 'Table Note', basedOn: 'Normal', run: { size: halfPt(10.5) }, paragraph: { spacing: { before: twip(4) } } },
      { id: STYLE.tableCell, name: 'Table Cell Text', basedOn: 'Normal', run: { font: fonts(FONT.table), size: halfPt(TABLE_FONT_SIZE) }, paragraph: { spacing: { line: 240, lineRule: 'auto' } } },
      { id: STYLE.formTitle, name: 'Form Title', basedOn: 'Normal', run: { font: fonts(FONT.heading), size: halfPt(15), bold: true }, paragraph: { alignment: 'center', keepNext: true } },
      { id: STYLE.formSubtitle, name: 'Form Subtitle', basedOn: 'Normal', run: { size: halfPt(11) }, paragraph: { alignment: 'center', spacing: { before: twip(2), after: twip(8) }, keepNext: true } },
      { id: STYLE.footer, name: 'Page Footer', basedOn: 'Normal', run: { size: halfPt(FOOTER_SIZE) }, paragraph: { alignment: 'center' } },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: halfPt(14), bold: level === 1 },
        paragraph: { indent: { left: twip((level - 1) * 28) }, spacing: { after: twip(7) } },
      })),
    ],
  }
}
