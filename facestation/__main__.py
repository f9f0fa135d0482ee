"""`python -m facestation` is the same as the `facestation` command."""

from facestation.cli import main

raise SystemExit(main())
