# Reads an xlsx with openpyxl (a reader independent of exceljs) and prints what the tests check as
# JSON: cell values with their stored type and number format, merges, print setup, freeze panes.
import json
import sys

import openpyxl


def sheet_dump(ws):
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            cells.append([c.row, c.column, c.value, c.data_type, c.number_format])
    setup = ws.page_setup
    pr = ws.sheet_properties.pageSetUpPr
    return {
        "name": ws.title,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "cells": cells,
        "printTitleRows": ws.print_title_rows,
        "printArea": ws.print_area,
        "orientation": setup.orientation,
        "paperSize": int(setup.paperSize) if setup.paperSize is not None else None,
        "fitToPage": bool(pr.fitToPage) if pr is not None and pr.fitToPage is not None else None,
        "fitToWidth": int(setup.fitToWidth) if setup.fitToWidth is not None else None,
        "fitToHeight": int(setup.fitToHeight) if setup.fitToHeight is not None else None,
        "horizontalCentered": ws.print_options.horizontalCentered,
        "freeze": ws.freeze_panes,
        "footer": ws.oddFooter.center.text,
    }


def main(path):
    wb = openpyxl.load_workbook(path)
    props = wb.properties
    out = {
        "properties": {
            "title": props.title,
            "creator": props.creator,
            "created": props.created.isoformat() if props.created else None,
        },
        "sheets": [sheet_dump(ws) for ws in wb.worksheets],
    }
    sys.stdout.write(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
