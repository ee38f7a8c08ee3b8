// A workbook as a budget system might export it, built by hand: a title and a 单位：万元 line above
// the header, columns in an unusual order, thousands separators, full-width digits, a formula, a
// 合计 row, a duplicate row, an unknown code and bad rows.
import ExcelJS from 'exceljs'

export const HAND_MADE_SHEET = '预算明细'

/** Row 3 is the header; data from row 4. Amounts in 万元. */
export const HAND_MADE_ROWS: (string | number | ExcelJS.CellFormulaValue)[][] = [
  ['2026年部门预算明细表'],
  ['', '', '', '', '', '', '', '单位：万元'],
  ['金额（万元）', '经济科目', '单位名称', '项目名称', '功能科目', '资金来源', '项目类别', '备注'],
  [12.5, '30101 基本工资', '大同市政务服务中心', '', '2010301 行政运行', '一般公共预算', '', ''],
  ['1,234.50', '30201', '大同市行政审批服务管理局', '', '２０１０３０１', '财政拨款', '', '全角编码'],
  [12.5, '30101 基本工资', '大同市政务服务中心', '', '2010301 行政运行', '一般公共预算', '', ''],
  [3, '30201 办公费', '大同市政务服务中心', '', '2019999', '一般公共预算', '', ''],
  ['abc', '30201', '大同市政务服务中心', '', '2010301', '一般公共预算', '', ''],
  ['-3', '30201', '大同市政务服务中心', '', '2010301', '一般公共预算', '', ''],
  [4, '30201', '大同市政务服务中心', '', '20103', '自筹', '', ''],
  ['5.000001', '30227 委托业务费', '大同市政务服务中心', '新项目A', '2010399', '上年结转', '特定目标类', ''],
  [{ formula: '0.1+0.2', result: 0.30000000000000004 }, '30227', '大同市政务服务中心', '新项目A', '2010399', '一般公共预算', '', '公式'],
  ['合计', '', '', '', '', '', '', ''],
  [1, '30227', '大同市政务服务中心', '新项目B', '2010399', '一般公共预算', '', ''],
  [],
  ['0.1234567', '30201', '大同市政务服务中心', '', '2010301', '一般公共预算', '', ''],
]

export async function handMadeWorkbook(path: string, rows = HAND_MADE_ROWS): Promise<void> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('说明').getCell('A1').value = '本工作簿由预算系统导出'
  const ws = wb.addWorksheet(HAND_MADE_SHEET)
  rows.forEach((values, i) => values.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v === '' ? null : v)))
  await wb.xlsx.writeFile(path)
}
