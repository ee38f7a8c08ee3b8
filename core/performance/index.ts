// 绩效目标 forms (spec §5): amounts derived from the lines, form models for PDF and Excel, indicator
// values, the indicator library and copying forms.
export * from './amounts'
export * from './copy-forms'
export * from './form-checks'
export * from './form-model'
export * from './form-order'
export * from './forms'
export * from './indicator-library'
export * from './indicator-value'
export * from './layouts'
export * from './overall-money'
export { buildProjectFormModel, PROJECT_FORM_COLUMNS } from './project-form'
