"""The frozen build's entry point: the `facestation` console script, plus what a frozen program needs first.

PyInstaller runs this file as `__main__` in both executables (facestation and facestation-station). The service's
recognition workers are `multiprocessing` spawn children; in a frozen build they start as this same executable,
and `freeze_support()` turns such a start into the worker instead of a second FaceStation.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from facestation.cli import main

    raise SystemExit(main())
