"""globalcs: serve a customer abroad the way a local would.

Sourced market profiles (language, register, channels, payment methods,
holidays, privacy law, withdrawal rights) and a tone-aware message
formatter.

>>> import globalcs
>>> de = globalcs.get_market("DE")
>>> de.formality, de.privacy.code, de.returns.withdrawal_days
(<Formality.FORMAL: 'formal'>, 'GDPR', 14)
"""

TYPE_CHECKING = False  # typing costs milliseconds to import

if TYPE_CHECKING:
    from ._errors import DataError as DataError
    from ._errors import GlobalcsError as GlobalcsError
    from ._errors import HolidayRangeError as HolidayRangeError
    from ._errors import IncomparableSharesError as IncomparableSharesError
    from ._errors import InvalidOptionError as InvalidOptionError
    from ._errors import MissingExtraError as MissingExtraError
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
    from ._hours import OpeningHours as OpeningHours
    from ._versions import data_versions as data_versions
    from .market._audit import ReviewItem as ReviewItem
    from .market._audit import audit as audit
    from .market._frame import markets_frame as markets_frame
    from .market._holidays import Holidays as Holidays
    from .market._model import Channel as Channel
    from .market._model import Communication as Communication
    from .market._model import Disagreement as Disagreement
    from .market._model import Duration as Duration
    from .market._model import Holiday as Holiday
    from .market._model import Market as Market
    from .market._model import PaymentMethod as PaymentMethod
    from .market._model import PrivacyAmendment as PrivacyAmendment
    from .market._model import PrivacyRegime as PrivacyRegime
    from .market._model import ReturnsPolicy as ReturnsPolicy
    from .market._model import Share as Share
    from .market._model import Source as Source
    from .market._registry import curated_markets as curated_markets
    from .market._registry import get_market as get_market
    from .market._registry import markets as markets
    from .messages._batch import render_many as render_many
    from .messages._bulk import render_frame as render_frame
    from .messages._bulk import render_frames as render_frames
    from .messages._bulk import render_meta as render_meta
    from .messages._bulk import render_schema as render_schema
    from .messages._customer import Customer as Customer
    from .messages._format import round_money as round_money
    from .messages._merchant import MerchantTexts as MerchantTexts
    from .messages._message import Message as Message
    from .messages._negotiate import Negotiation as Negotiation
    from .messages._negotiate import negotiate as negotiate
    from .messages._negotiate import parse_accept_language as parse_accept_language
    from .messages._register import Finding as Finding
    from .messages._register import check_register as check_register
    from .messages._render import intents as intents
    from .messages._render import languages as languages
    from .messages._render import render as render
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
    from .time._deadlines import breach_report_due as breach_report_due
    from .time._deadlines import dsar_due as dsar_due
    from .time._deadlines import withdrawal_deadline as withdrawal_deadline

__version__ = "0.1.0"

_LAZY = {
    "DataError": "._errors",
    "GlobalcsError": "._errors",
    "HolidayRangeError": "._errors",
    "IncomparableSharesError": "._errors",
    "InvalidOptionError": "._errors",
    "MissingExtraError": "._errors",
    "MissingVariableError": "._errors",
    "MoneyError": "._errors",
    "NaiveDatetimeError": "._errors",
    "TemplateError": "._errors",
    "TemplateRenderError": "._errors",
    "TemplateSecurityError": "._errors",
    "UnknownIntentError": "._errors",
    "UnknownLanguageError": "._errors",
    "UnknownMarketError": "._errors",
    "Formality": "._formality",
    "OpeningHours": "._hours",
    "data_versions": "._versions",
    "ReviewItem": ".market._audit",
    "audit": ".market._audit",
    "markets_frame": ".market._frame",
    "Holidays": ".market._holidays",
    "Channel": ".market._model",
    "Communication": ".market._model",
    "Disagreement": ".market._model",
    "Duration": ".market._model",
    "Holiday": ".market._model",
    "Market": ".market._model",
    "PaymentMethod": ".market._model",
    "PrivacyAmendment": ".market._model",
    "PrivacyRegime": ".market._model",
    "ReturnsPolicy": ".market._model",
    "Share": ".market._model",
    "Source": ".market._model",
    "curated_markets": ".market._registry",
    "get_market": ".market._registry",
    "markets": ".market._registry",
    "render_many": ".messages._batch",
    "render_frame": ".messages._bulk",
    "render_frames": ".messages._bulk",
    "render_meta": ".messages._bulk",
    "render_schema": ".messages._bulk",
    "Customer": ".messages._customer",
    "round_money": ".messages._format",
    "MerchantTexts": ".messages._merchant",
    "Message": ".messages._message",
    "Negotiation": ".messages._negotiate",
    "negotiate": ".messages._negotiate",
    "parse_accept_language": ".messages._negotiate",
    "Finding": ".messages._register",
    "check_register": ".messages._register",
    "intents": ".messages._render",
    "languages": ".messages._render",
    "render": ".messages._render",
    "Template": ".messages._templates",
    "compile_template": ".messages._templates",
    "render_template": ".messages._templates",
    "SupportCalendar": ".time._calendar",
    "support_calendar": ".time._calendar",
    "ContactDecision": ".time._contact",
    "ContactRule": ".time._contact",
    "contact_window": ".time._contact",
    "Coverage": ".time._coverage",
    "Gap": ".time._coverage",
    "Responder": ".time._coverage",
    "coverage": ".time._coverage",
    "first_responder": ".time._coverage",
    "breach_report_due": ".time._deadlines",
    "dsar_due": ".time._deadlines",
    "withdrawal_deadline": ".time._deadlines",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'globalcs' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    if getattr(value, "__module__", None) != __name__:
        # Not the exceptions, which show their public path: doctest would collect
        # them here a second time (_errors.py lists them in its __test__).
        globals()[name] = value
    return value


del TYPE_CHECKING


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
    "Holidays",
    "IncomparableSharesError",
    "InvalidOptionError",
    "Market",
    "MerchantTexts",
    "Message",
    "MissingExtraError",
    "MissingVariableError",
    "MoneyError",
    "NaiveDatetimeError",
    "Negotiation",
    "OpeningHours",
    "PaymentMethod",
    "PrivacyAmendment",
    "PrivacyRegime",
    "Responder",
    "ReturnsPolicy",
    "ReviewItem",
    "Share",
    "Source",
    "SupportCalendar",
    "Template",
    "TemplateError",
    "TemplateRenderError",
    "TemplateSecurityError",
    "UnknownIntentError",
    "UnknownLanguageError",
    "UnknownMarketError",
    "audit",
    "breach_report_due",
    "check_register",
    "compile_template",
    "contact_window",
    "coverage",
    "curated_markets",
    "data_versions",
    "dsar_due",
    "first_responder",
    "get_market",
    "intents",
    "languages",
    "markets",
    "markets_frame",
    "negotiate",
    "parse_accept_language",
    "render",
    "render_frame",
    "render_frames",
    "render_many",
    "render_meta",
    "render_schema",
    "render_template",
    "round_money",
    "support_calendar",
    "withdrawal_deadline",
]
