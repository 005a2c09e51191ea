"""The one exception of the schedule core: a request that cannot be scheduled."""

from __future__ import annotations

from lotrinh.numbers import Lang


class ScheduleError(Exception):
    """A request that cannot be scheduled ("could not run", exit 2), said in both languages."""

    def __init__(self, message_vi: str, message_en: str) -> None:
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en

    def message(self, lang: Lang) -> str:
        """The message in the requested language."""
        return lang.pick(self.message_vi, self.message_en)
