"""Allow `python -m wegwijzer`."""

from wegwijzer.cli import main

main()
