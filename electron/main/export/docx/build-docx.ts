// The whole 部门预算公开 as an editable Word document, in the PDF's order and with its texts: 封面,
// 目录 (TOC field), 第一部分 概况, 第二部分 the 13 tables, 第三部分 情况说明 with charts and the
// performance forms, 第四部分 名词解释. Figures come from the same TableModels, Narrative and
// FormModels the PDF and the workbooks render; this file only lays them out for Word.
import { Document, Packer } from 'docx'
import { buildNarrative } from '../../../../core/narrative'
import type { Narrative } from '../../../../core/narrative/narrative-model'
import { APP_NAME, buildReport, documentTitle } from '../../../../core/report'
import { coverTitle } from '../../../../core/report/cover'
import { DRAFT_MARK } from '../../../../core/report/draft-mark'
import { buildAllFormModels } from '../../../../core/performance/forms'
import { loadNarrativeTemplate } from '../../templates/narrative-template'
import type { ExportRequest } from '../writers'
import { chartPngs } from './chart-png'
import { formSection } from './forms'
import { narrativeSections } from './narrative'
import { finishPackage } from './package'
import { coverSection, glossarySection, overviewSection, tocSection } from './parts'
import { wordSection, type DocxSection } from './sections'
import { documentStyles } from './styles'
import { tablesSections } from './tables'

export interface DocxBuildResult {
  bytes: Uint8Array
  narrative: Narrative
  /** Sections of the document, in order (tests look at orientation and content). */
  sections: DocxSection[]
}

export async function buildDocx(req: ExportRequest, options: { narrative?: Narrative } = {}): Promise<DocxBuildResult> {
  const { derivation, findings } = req.analysis
  const data = derivation.data
  const { displayName, budgetYear } = data.department
  const level = data.settings.disclosureLevel
  req.onProgress?.(0, 100, '生成情况说明')
  const narrative = options.narrative ?? buildNarrative(derivation, loadNarrativeTemplate(req.document.templateYear))
  // The 目录 lines are the PDF's: the same report definition lists them.
  const toc = buildReport({ derivation, findings, narrative, generatedAt: req.generatedAt.toISOString() }, { charts: {}, attachments: [], performanceForms: [] }).toc
  req.onProgress?.(10, 100, '绘制图表')
  const charts = chartPngs(narrative)
  req.onProgress?.(30, 100, '排版')
  const forms = buildAllFormModels(derivation, { templateYear: req.document.templateYear }).map(formSection)
  const sections: DocxSection[] = [
    coverSection(displayName, budgetYear, level),
    tocSection(toc),
    overviewSection(data),
    ...tablesSections(derivation.tables, budgetYear, findings, level),
    ...narrativeSections(narrative, { forms, attachments: data.attachments, charts }),
    glossarySection(narrative.glossary),
  ]
  const title = documentTitle(displayName, budgetYear, level)
  // A copy exported while the 体检 finds errors says so on every page and in its properties.
  const draft = req.draft
  const subject = coverTitle(budgetYear, level)
  const pageNumbers = data.settings.pageNumberStyle
  const doc = new Document({
    title,
    subject: draft ? `${subject}（核对稿）` : subject,
    ...(draft ? { customProperties: [{ name: 'ReviewStatus', value: `${DRAFT_MARK}（${draft.errors} 个错误）` }] } : {}),
    creator: displayName,
    lastModifiedBy: APP_NAME,
    keywords: `${coverTitle(budgetYear, level).replace(/^\d+年度/, '')},${displayName},${budgetYear}`,
    description: title,
    features: { updateFields: true },
    styles: documentStyles(),
    ...(pageNumbers === 'gbt9704' ? { evenAndOddHeaderAndFooters: true } : {}),
    sections: sections.map((s) => wordSection(s, { draft: draft !== undefined, ...(pageNumbers ? { pageNumbers } : {}) })),
  })
  req.onProgress?.(70, 100, '写入文件')
  const packed = new Uint8Array(await Packer.toBuffer(doc))
  const bytes = finishPackage(packed, req.generatedAt)
  req.onProgress?.(100, 100, '完成')
  return { bytes, narrative, sections }
}
