"""Market profiles: the records, their data files and the resolver."""
