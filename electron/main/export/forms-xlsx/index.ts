export { addFormSheet, formSheetNames, SHEET_NAME_MAX } from './form-sheet'
export { GROUP_LABELS, planFormSheet, moneyValue, type FormSheetPlan } from './sheet-plan'
export { formsXlsxBuffer, writeFormsWorkbook, writeFormsWorkbookTo, type FormsWorkbookMeta, type WriteFormsOptions } from './workbook'
