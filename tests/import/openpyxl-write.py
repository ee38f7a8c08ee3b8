"""Workbooks as openpyxl writes them, for the import's any-tool reading tests.

  openpyxl-write.py sample OUT.xlsx
      one sheet with a comment, a list validation, a merged cell, a hidden row, a hidden column,
      a formula (openpyxl stores no cached result) and a hidden second sheet
  openpyxl-write.py fill BLANK.xlsx FILLED.xlsx OUT.xlsx
      the app's blank import template filled cell by cell with the values of FILLED (as an officer
      would type them), a comment on each visible sheet's first header cell, saved by openpyxl

Debian's python3-openpyxl: run with /usr/bin/python3.
"""
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation


def sample(out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    for col, header in enumerate(["功能科目", "金额", "两倍", "类别", "备注"], start=1):
        ws.cell(row=1, column=col, value=header)
    ws["A1"].comment = Comment("按功能分类科目填写", "财务科")
    ws["A2"] = "2010301"
    ws["B2"] = 12.5
    ws["C2"] = "=B2*2"
    ws["D2"] = "甲"
    ws["E2"] = "隐藏列的内容"
    ws["A3"] = "行政运行"
    ws["B3"] = 1147200
    ws["A4"] = "隐藏行"
    ws["B4"] = 8888
    ws.row_dimensions[4].hidden = True
    ws.column_dimensions["E"].hidden = True
    ws["A6"] = 500
    ws.merge_cells("A6:B7")
    dv = DataValidation(type="list", formula1='"甲,乙"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("D2:D20")
    hidden = wb.create_sheet("暗")
    hidden["A1"] = 9999999
    hidden.sheet_state = "hidden"
    wb.save(out)


def fill(blank, filled, out):
    target = openpyxl.load_workbook(blank)
    source = openpyxl.load_workbook(filled)
    for ws in source.worksheets:
        dest = target[ws.title]
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and type(cell).__name__ != "MergedCell":
                    dest.cell(row=cell.row, column=cell.column, value=cell.value)
        if dest.sheet_state == "visible":
            dest.cell(row=1, column=1).comment = Comment("请按说明填写", "财务科")
    target.save(out)


if __name__ == "__main__":
    if sys.argv[1] == "sample":
        sample(sys.argv[2])
    elif sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        raise SystemExit(f"unknown command {sys.argv[1]}")
