"""Reading submitted files into DuckDB tables: text files (encoding, delimiter, header), CSV
records with their physical lines and rejects, XLSX sheets as an analyst sees them."""
