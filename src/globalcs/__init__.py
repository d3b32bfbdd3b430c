"""globalcs: serve a customer abroad the way a local would.

Sourced market profiles (language, register, channels, payment methods,
holidays, privacy law, withdrawal rights) and a tone-aware message
formatter.

>>> import globalcs
>>> de = globalcs.get_market("DE")
>>> de.formality, de.privacy.code, de.returns.withdrawal_days
(<Formality.FORMAL: 'formal'>, 'GDPR', 14)
"""

from ._errors import DataError as DataError
from ._errors import GlobalcsError as GlobalcsError
from ._errors import HolidayRangeError as HolidayRangeError
from ._errors import InvalidOptionError as InvalidOptionError
from ._errors import MissingVariableError as MissingVariableError
from ._errors import MoneyError as MoneyError
from ._errors import NaiveDatetimeError as NaiveDatetimeError
from ._errors import TemplateError as TemplateError
from ._errors import TemplateRenderError as TemplateRenderError
from ._errors import TemplateSecurityError as TemplateSecurityError
from ._errors import UnknownIntentError as UnknownIntentError
from ._errors import UnknownLanguageError as UnknownLanguageError
from ._errors import UnknownMarketError as UnknownMarketError
from ._formality import Formality as Formality
from .markets._frame import markets_frame as markets_frame
from .markets._model import Channel as Channel
from .markets._model import Communication as Communication
from .markets._model import Disagreement as Disagreement
from .markets._model import Duration as Duration
from .markets._model import Holiday as Holiday
from .markets._model import Market as Market
from .markets._model import PaymentMethod as PaymentMethod
from .markets._model import PrivacyRegime as PrivacyRegime
from .markets._model import ReturnsPolicy as ReturnsPolicy
from .markets._model import Source as Source
from .markets._registry import curated_markets as curated_markets
from .markets._registry import get_market as get_market
from .markets._registry import markets as markets
from .messages._register import Finding as Finding
from .messages._register import check_register as check_register
from .messages._render import Customer as Customer
from .messages._render import Message as Message
from .messages._render import intents as intents
from .messages._render import languages as languages
from .messages._render import render as render
from .messages._render import render_many as render_many
from .messages._templates import Template as Template
from .messages._templates import compile_template as compile_template
from .messages._templates import render_template as render_template
from .time._calendar import SupportCalendar as SupportCalendar
from .time._calendar import support_calendar as support_calendar
from .time._contact import ContactDecision as ContactDecision
from .time._contact import ContactRule as ContactRule
from .time._contact import contact_window as contact_window
from .time._coverage import Coverage as Coverage
from .time._coverage import Gap as Gap
from .time._coverage import Responder as Responder
from .time._coverage import coverage as coverage
from .time._coverage import first_responder as first_responder
from .time._hours import OpeningHours as OpeningHours

__version__ = "0.1.0"

__all__ = [
    "Channel",
    "Communication",
    "ContactDecision",
    "ContactRule",
    "Coverage",
    "Customer",
    "DataError",
    "Disagreement",
    "Duration",
    "Finding",
    "Formality",
    "Gap",
    "GlobalcsError",
    "Holiday",
    "HolidayRangeError",
    "InvalidOptionError",
    "Market",
    "Message",
    "MissingVariableError",
    "MoneyError",
    "NaiveDatetimeError",
    "OpeningHours",
    "PaymentMethod",
    "PrivacyRegime",
    "Responder",
    "ReturnsPolicy",
    "Source",
    "SupportCalendar",
    "Template",
    "TemplateError",
    "TemplateRenderError",
    "TemplateSecurityError",
    "UnknownIntentError",
    "UnknownLanguageError",
    "UnknownMarketError",
    "check_register",
    "compile_template",
    "contact_window",
    "coverage",
    "curated_markets",
    "first_responder",
    "get_market",
    "intents",
    "languages",
    "markets",
    "markets_frame",
    "render",
    "render_many",
    "render_template",
    "support_calendar",
]
