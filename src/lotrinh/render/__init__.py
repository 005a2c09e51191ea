"""Rendering: domain results to text in one format each. Pure functions that return strings
(or rich renderables); only the CLI prints."""
