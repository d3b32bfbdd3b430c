"""Market profiles: the records, their data files and the resolver.

(Named `market`, not `markets`, so the package never shadows `globalcs.markets()`.)
"""
