"""The register scale shared by markets and messages."""

from __future__ import annotations

import enum

from ._errors import InvalidOptionError

_RANK = {"informal": 0, "neutral": 1, "formal": 2, "very_formal": 3}


class Formality(enum.StrEnum):
    """How formal customer service should be, from first names to honorifics.

    The members are ordered, so a register can be compared and clamped:

    >>> from globalcs import Formality
    >>> Formality.INFORMAL < Formality.NEUTRAL < Formality.FORMAL < Formality.VERY_FORMAL
    True
    >>> Formality("formal").step(-1)
    <Formality.NEUTRAL: 'neutral'>
    >>> Formality.FORMAL.deepl, Formality.INFORMAL.amazon_translate
    ('prefer_more', 'INFORMAL')
    """

    INFORMAL = "informal"
    NEUTRAL = "neutral"
    FORMAL = "formal"
    VERY_FORMAL = "very_formal"

    @property
    def rank(self) -> int:
        """0 for informal up to 3 for very formal."""
        return _RANK[self.value]

    def step(self, delta: int) -> Formality:
        """The register ``delta`` steps up (positive) or down, clamped to the scale."""
        members = list(Formality)
        return members[max(0, min(len(members) - 1, self.rank + delta))]

    @property
    def deepl(self) -> str:
        """DeepL's ``formality`` parameter for this register.

        The ``prefer_`` forms fall back silently for languages DeepL cannot
        switch, which is what a caller translating into many languages wants.
        """
        return "prefer_less" if self is Formality.INFORMAL else "prefer_more"

    @property
    def amazon_translate(self) -> str:
        """Amazon Translate's ``Settings.Formality`` value (``FORMAL`` or ``INFORMAL``)."""
        return "INFORMAL" if self is Formality.INFORMAL else "FORMAL"

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Formality):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Formality):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Formality):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Formality):
            return self.rank >= other.rank
        return NotImplemented

    @classmethod
    def parse(cls, value: object) -> Formality:
        """Accept a member or its value, or raise :class:`InvalidOptionError`."""
        if isinstance(value, Formality):
            return value
        if isinstance(value, str):
            try:
                return cls(value.strip().lower().replace("-", "_"))
            except ValueError:
                pass
        raise InvalidOptionError("formality", value, [m.value for m in cls])
