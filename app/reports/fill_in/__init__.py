"""The offline fill-in workbook: exported for someone without Jalon (fill_in_workbook_writer),
imported back (fill_in_import_reader reads it, workbook_import_plan decides what it changes),
both to the layout they agree on (fill_in_layout)."""
