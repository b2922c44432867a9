"""Report and export writers: PDF (reportlab) and Excel (openpyxl). Data in, file out; no Qt,
no SQL. The services gather an audit's data and call these writers."""
