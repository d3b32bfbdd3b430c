"""Messages: formatting, catalogs, registers and merchant templates."""
