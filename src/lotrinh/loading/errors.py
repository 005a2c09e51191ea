"""The "could not run" errors, as loading raises them; declared in `lotrinh.problems`, where
the core (a baseline file that cannot be read) reaches them without importing loading."""

from lotrinh.problems import LoadError, Problem

__all__ = ["LoadError", "Problem"]
