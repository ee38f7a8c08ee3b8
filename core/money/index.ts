export * from './money'
export * from './format'
export * from './percent'
export * from './rounding'
