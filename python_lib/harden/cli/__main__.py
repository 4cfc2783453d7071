"""python -m harden.cli: the same as the harden command."""

from harden.cli.main import main

raise SystemExit(main())
