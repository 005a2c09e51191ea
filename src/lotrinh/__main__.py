"""`python -m lotrinh` runs the command line, as the `lotrinh` script does."""

from lotrinh.cli.app import main

main()
