// Renders FormModels to PDF through the app's own pdfmake pipeline (fonts, the `budgetGrid`
// layout, footer), without the rest of the report: for tests and for looking at the pages.
import { FOOTER_TEMPLATE } from '../../core/report'
import { performanceFormsContent, type PerformanceFormsPdfOptions } from '../../core/report/performance-forms'
import { A4, DEFAULT_STYLE, FOOTER_SIZE, TABLE_MARGINS } from '../../core/report/styles'
import { FONT_FAMILY, type ReportDefinition } from '../../core/report/types'
import type { FormModel } from '../../core/performance/form-model'
import { resolveFonts } from '../../electron/main/export/pdf/fonts'
import { renderPdf } from '../../electron/main/export/pdf/render-pdf'

export function formsDefinition(forms: readonly FormModel[], options: PerformanceFormsPdfOptions = {}): ReportDefinition {
  return {
    docDefinition: {
      pageSize: { width: A4.width, height: A4.height },
      pageOrientation: 'portrait',
      pageMargins: TABLE_MARGINS,
      info: { title: '绩效目标表', creationDate: '2026-03-01T08:00:00.000Z', modDate: '2026-03-01T08:00:00.000Z' },
      defaultStyle: DEFAULT_STYLE,
      content: performanceFormsContent(forms, options),
    },
    footer: { template: FOOTER_TEMPLATE, fontSize: FOOTER_SIZE, font: FONT_FAMILY.body, marginTop: 30 },
    attachmentDestinations: [],
    toc: [],
  }
}

export async function renderFormsPdf(forms: readonly FormModel[], options: PerformanceFormsPdfOptions = {}): Promise<Uint8Array> {
  return renderPdf(formsDefinition(forms, options), resolveFonts())
}
