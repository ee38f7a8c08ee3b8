// The Chinese messages of input reading (typed and pasted cells, the draft's own checks), part of
// the zh-CN strings that text/zh-CN.ts exports as one module.
export const inputText = {
  money: {
    empty: '金额为空',
    negative: '金额不能为负数',
    grouping: '千分位分隔符位置不正确',
    scientific: '不支持科学计数法，请把单元格设为数值格式后再复制',
    notNumber: '不是有效的数字',
    tooFineWan: '万元金额最多六位小数（精确到分）',
    tooFineYuan: '元金额最多两位小数',
    tooLarge: '金额过大',
  },
  paste: {
    unknownChoice: (text: string, labels: readonly string[]) => `无法识别“${text}”，应为：${labels.join('、')}`,
    empty: (title: string) => `“${title}”为空`,
    notCode: '不是科目编码（应以数字编码开头）',
    codeLength: (lengths: readonly number[]) => `编码应为${lengths.join('或')}位数字`,
    notInteger: '应为非负整数',
    notBoolean: '应为“是”或“否”',
    unknownHeader: '表头无法识别，此列未粘贴',
    outsideGrid: '超出表格的列数，未粘贴',
  },
  draft: {
    departmentPlaceholder: '（未填写部门名称）',
    regionPlaceholder: '（未填写）',
    unnamedUnit: (n: number) => `（未命名单位${n}）`,
    noUnit: '至少需要一个单位',
    badUnit: '所属单位无效，请选择单位',
    badProject: '所属项目无效，请先填写项目名称或选择项目',
    unitMismatch: '预算行的单位与项目所属单位不一致',
    twoHeads: (n: number) => `只能有一个本级单位，现有${n}个`,
    required: (field: string) => `请填写${field}`,
    unknownReference: (field: string, typed: string) => `没有名为“${typed}”的${field}，请从列表中选择已录入的${field}`,
    badAmount: (field: string, typed: string, unit: string) => `${field}“${typed}”不是有效的金额：请按${unit}填写数字，最多两位小数`,
  },
  format: {
    yuanAndWan: (yuan: string, wan: string) => `${yuan} 元（${wan} 万元）`,
    table: (id: string) => `表${id.replace(/^T/, '')}`,
    year: (y: number) => `${y}年`,
    fileName: (department: string, year: number) => `${department}${year}年部门预算公开`,
  },
} as const
