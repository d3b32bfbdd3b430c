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
    from ._errors import CurrencyMismatchError as CurrencyMismatchError
    from ._errors import DataError as DataError
    from ._errors import ExchangeRateError as ExchangeRateError
    from ._errors import GlobalcsError as GlobalcsError
    from ._errors import HolidayRangeError as HolidayRangeError
    from ._errors import IncomparableSharesError as IncomparableSharesError
    from ._errors import InvalidOptionError as InvalidOptionError
    from ._errors import InvalidPhoneNumberError as InvalidPhoneNumberError
    from ._errors import MissingExtraError as MissingExtraError
    from ._errors import MissingVariableError as MissingVariableError
    from ._errors import MoneyError as MoneyError
    from ._errors import NaiveDatetimeError as NaiveDatetimeError
    from ._errors import ScheduleError as ScheduleError
    from ._errors import StaleRatesError as StaleRatesError
    from ._errors import TemplateError as TemplateError
    from ._errors import TemplateRenderError as TemplateRenderError
    from ._errors import TemplateSecurityError as TemplateSecurityError
    from ._errors import UnknownIntentError as UnknownIntentError
    from ._errors import UnknownLanguageError as UnknownLanguageError
    from ._errors import UnknownMarketError as UnknownMarketError
    from ._formality import Formality as Formality
    from ._hours import DateOverride as DateOverride
    from ._hours import OpeningHours as OpeningHours
    from ._versions import data_versions as data_versions
    from .market._audit import ReviewItem as ReviewItem
    from .market._audit import audit as audit
    from .market._customs import CustomsAmendment as CustomsAmendment
    from .market._customs import CustomsPractice as CustomsPractice
    from .market._customs import CustomsRegime as CustomsRegime
    from .market._customs import DeMinimis as DeMinimis
    from .market._customs import ParcelAssessment as ParcelAssessment
    from .market._customs import TaxCollection as TaxCollection
    from .market._frame import markets_frame as markets_frame
    from .market._holidays import Holidays as Holidays
    from .market._holidays import holiday_categories as holiday_categories
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
    from .messages._currency import ConvertedAmount as ConvertedAmount
    from .messages._currency import ExchangeRates as ExchangeRates
    from .messages._currency import convert_money as convert_money
    from .messages._currency import converted_money as converted_money
    from .messages._currency import ecb_reference_rates as ecb_reference_rates
    from .messages._currency import exchange_rates as exchange_rates
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
    from .messages._sending import SendDecision as SendDecision
    from .messages._sending import SendRule as SendRule
    from .messages._sending import may_send as may_send
    from .messages._sms_plan import SmsEncoding as SmsEncoding
    from .messages._sms_plan import encode_sms as encode_sms
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
    from .time._exchange import Schedule as Schedule
    from .time._exchange import from_kustomer as from_kustomer
    from .time._exchange import from_opening_hours_specification as from_opening_hours_specification
    from .time._exchange import from_zendesk as from_zendesk
    from .time._exchange import to_kustomer as to_kustomer
    from .time._exchange import to_opening_hours_specification as to_opening_hours_specification
    from .time._exchange import to_zendesk as to_zendesk
    from .time._icalendar import closures_from_icalendar as closures_from_icalendar
    from .time._icalendar import to_icalendar as to_icalendar
    from .time._long_weekends import LongWeekend as LongWeekend
    from .time._long_weekends import long_weekends as long_weekends

__version__ = "0.1.0"

_LAZY = {
    "CurrencyMismatchError": "._errors",
    "DataError": "._errors",
    "ExchangeRateError": "._errors",
    "GlobalcsError": "._errors",
    "HolidayRangeError": "._errors",
    "IncomparableSharesError": "._errors",
    "InvalidOptionError": "._errors",
    "InvalidPhoneNumberError": "._errors",
    "MissingExtraError": "._errors",
    "MissingVariableError": "._errors",
    "MoneyError": "._errors",
    "NaiveDatetimeError": "._errors",
    "ScheduleError": "._errors",
    "StaleRatesError": "._errors",
    "TemplateError": "._errors",
    "TemplateRenderError": "._errors",
    "TemplateSecurityError": "._errors",
    "UnknownIntentError": "._errors",
    "UnknownLanguageError": "._errors",
    "UnknownMarketError": "._errors",
    "Formality": "._formality",
    "DateOverride": "._hours",
    "OpeningHours": "._hours",
    "data_versions": "._versions",
    "ReviewItem": ".market._audit",
    "audit": ".market._audit",
    "CustomsAmendment": ".market._customs",
    "CustomsPractice": ".market._customs",
    "CustomsRegime": ".market._customs",
    "DeMinimis": ".market._customs",
    "ParcelAssessment": ".market._customs",
    "TaxCollection": ".market._customs",
    "markets_frame": ".market._frame",
    "Holidays": ".market._holidays",
    "holiday_categories": ".market._holidays",
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
    "ConvertedAmount": ".messages._currency",
    "ExchangeRates": ".messages._currency",
    "convert_money": ".messages._currency",
    "converted_money": ".messages._currency",
    "ecb_reference_rates": ".messages._currency",
    "exchange_rates": ".messages._currency",
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
    "SendDecision": ".messages._sending",
    "SendRule": ".messages._sending",
    "may_send": ".messages._sending",
    "SmsEncoding": ".messages._sms_plan",
    "encode_sms": ".messages._sms_plan",
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
    "Schedule": ".time._exchange",
    "from_kustomer": ".time._exchange",
    "from_opening_hours_specification": ".time._exchange",
    "from_zendesk": ".time._exchange",
    "to_kustomer": ".time._exchange",
    "to_opening_hours_specification": ".time._exchange",
    "to_zendesk": ".time._exchange",
    "closures_from_icalendar": ".time._icalendar",
    "to_icalendar": ".time._icalendar",
    "LongWeekend": ".time._long_weekends",
    "long_weekends": ".time._long_weekends",
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
    "ConvertedAmount",
    "Coverage",
    "CurrencyMismatchError",
    "Customer",
    "CustomsAmendment",
    "CustomsPractice",
    "CustomsRegime",
    "DataError",
    "DateOverride",
    "DeMinimis",
    "Disagreement",
    "Duration",
    "ExchangeRateError",
    "ExchangeRates",
    "Finding",
    "Formality",
    "Gap",
    "GlobalcsError",
    "Holiday",
    "HolidayRangeError",
    "Holidays",
    "IncomparableSharesError",
    "InvalidOptionError",
    "InvalidPhoneNumberError",
    "LongWeekend",
    "Market",
    "MerchantTexts",
    "Message",
    "MissingExtraError",
    "MissingVariableError",
    "MoneyError",
    "NaiveDatetimeError",
    "Negotiation",
    "OpeningHours",
    "ParcelAssessment",
    "PaymentMethod",
    "PrivacyAmendment",
    "PrivacyRegime",
    "Responder",
    "ReturnsPolicy",
    "ReviewItem",
    "Schedule",
    "ScheduleError",
    "SendDecision",
    "SendRule",
    "Share",
    "SmsEncoding",
    "Source",
    "StaleRatesError",
    "SupportCalendar",
    "TaxCollection",
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
    "closures_from_icalendar",
    "compile_template",
    "contact_window",
    "convert_money",
    "converted_money",
    "coverage",
    "curated_markets",
    "data_versions",
    "dsar_due",
    "ecb_reference_rates",
    "encode_sms",
    "exchange_rates",
    "first_responder",
    "from_kustomer",
    "from_opening_hours_specification",
    "from_zendesk",
    "get_market",
    "holiday_categories",
    "intents",
    "languages",
    "long_weekends",
    "markets",
    "markets_frame",
    "may_send",
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
    "to_icalendar",
    "to_kustomer",
    "to_opening_hours_specification",
    "to_zendesk",
    "withdrawal_deadline",
]
