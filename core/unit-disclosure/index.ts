export { disclosingUnits, unitDocument, unitInputsOf, unitOf, unitProcurement } from './unit-document'
export { analyzeUnit, remapFinding, unitInputFindings, unitInputsPath, type UnitAnalysis } from './unit-findings'
