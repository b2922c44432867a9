"""The report dialog: PDF, workbook and tidy exports of an audit."""
