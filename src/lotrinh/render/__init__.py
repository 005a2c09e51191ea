"""Renderers: findings and derived figures into words. Each format is a pure function from a
`Report` to a string; only the CLI prints."""
