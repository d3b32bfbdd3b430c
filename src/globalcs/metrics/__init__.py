"""Customer-service metrics: CSAT, NPS and CES survey questions in every built-in
language; the scores and first-contact resolution from answers; response times in
business hours from a table of tickets; and what research says of how each market's
customers answer rating scales.

>>> from globalcs import metrics
>>> metrics.nps([10, 9, 7, 3]).value
25.0
"""

from ..market._response_styles import ResponseStyle as ResponseStyle
from ..market._response_styles import general_response_style as general_response_style
from ..market._response_styles import response_style as response_style
from ._frame import summarize as summarize
from ._scores import Score as Score
from ._scores import ces as ces
from ._scores import csat as csat
from ._scores import first_contact_resolution as first_contact_resolution
from ._scores import nps as nps
from ._surveys import Survey as Survey
from ._surveys import survey as survey

__all__ = [
    "ResponseStyle",
    "Score",
    "Survey",
    "ces",
    "csat",
    "first_contact_resolution",
    "general_response_style",
    "nps",
    "response_style",
    "summarize",
    "survey",
]

for _public in (ResponseStyle, Score, Survey):
    _public.__module__ = __name__  # tracebacks and reprs name the public path
del _public
