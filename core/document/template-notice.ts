// A budget year without its own template (templates/<year>/) uses another year's: the 科目表, table
// layouts and 名词解释 of that year. This is said wherever the document is made or read — the wizard,
// the import and the CLI — never silently.

/** `2023年没有专用模板，使用2024年模板…`, or undefined when the year has its own. */
export function templateYearNotice(budgetYear: number, templateYear: number): string | undefined {
  if (budgetYear === templateYear) return undefined
  return `${budgetYear}年没有专用模板，使用${templateYear}年模板（科目表、表样、名词解释均按${templateYear}年），请核对科目名称和编码是否与${budgetYear}年一致`
}
