"""The versions of the data globalcs answers from: CLDR, the time-zone database, holidays.

>>> import globalcs
>>> versions = globalcs.data_versions()
>>> sorted(versions)
['babel', 'cldr', 'globalcs', 'pycountry', 'python-holidays', 'pytz', 'tzdata']
"""

from __future__ import annotations


def data_versions() -> dict[str, str]:
    """The version of globalcs and of every data source it reads, as text.

    ``cldr`` is the CLDR release Babel carries (locales, currencies, weekends);
    ``tzdata`` the IANA time-zone release that zoneinfo reads (the ``tzdata``
    package, or ``system`` where the operating system's is used); ``pytz`` the pytz
    release (its own copy of the IANA database); ``python-holidays`` the holiday
    rules. Answers change when these do, so a bug report, a cache key or a
    notebook should record them.
    """
    import importlib
    import importlib.metadata

    import babel
    from babel.core import get_cldr_version

    from . import __version__

    try:
        tzdata = importlib.import_module("tzdata")
        iana = str(tzdata.IANA_VERSION)
    except ImportError:  # tzdata is a dependency, but the system's database also works
        iana = "system"
    return {
        "globalcs": __version__,
        "cldr": str(get_cldr_version()),
        "babel": str(babel.__version__),
        "tzdata": iana,
        "pytz": importlib.metadata.version("pytz"),
        "python-holidays": importlib.metadata.version("holidays"),
        "pycountry": importlib.metadata.version("pycountry"),
    }
