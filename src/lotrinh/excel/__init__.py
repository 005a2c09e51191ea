"""Excel workbooks in and out: the documented layout (`layout`), the reader (`read`: a
workbook to a checked plan, located at cells) and the writer (`write`: a checked plan to a
workbook with live formulas). openpyxl is imported only when a workbook is read or written.
"""
