"""`facestation check IMAGE...`: the ICAO quality checks on photo files, as a table or JSON lines.

Exit code: 0 when every image passes every check, 1 when any check fails, 2 when an input cannot be read
(the reason goes to stderr and the other files are still checked).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from facestation.vision import quality
from facestation.vision.imageio import ImageError, load_image

EXIT_ALL_PASSED = 0
EXIT_SOME_FAILED = 1
EXIT_UNREADABLE = 2


def register(subcommands: Any) -> None:
    parser = subcommands.add_parser(
        "check",
        help="check portrait photos against the ICAO quality rules",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("images", nargs="+", metavar="IMAGE", help="photo files (JPEG, PNG, WebP, TIFF, ...)")
    parser.add_argument("--json", action="store_true", help="print one JSON object per image instead of a table")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    return check_files(args.images, as_json=args.json, out=sys.stdout, err=sys.stderr)


def check_files(paths: list[str], *, as_json: bool, out: TextIO, err: TextIO) -> int:
    exit_code = EXIT_ALL_PASSED
    for path in paths:
        try:
            image = load_image(path)
        except (ImageError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            print(f"facestation check: {path}: {reason}", file=err)
            exit_code = EXIT_UNREADABLE
            continue
        report = quality.analyze(image, thorough=True)
        if as_json:
            print(json.dumps(report_json(path, report)), file=out)
        else:
            print_table(path, report, out)
        if not report.passed and exit_code == EXIT_ALL_PASSED:
            exit_code = EXIT_SOME_FAILED
    return exit_code


def report_json(path: str, report: quality.QualityReport) -> dict[str, Any]:
    return {
        "file": path,
        "faces": int(report.measures.get("faceCount", len(report.faces))),
        "checks": {name: check.to_json() for name, check in report.checks.items()},
        "measures": dict(report.measures),
        "score": report.score,
        "guidance": report.guidance if report.issues else None,
    }


def print_table(path: str, report: quality.QualityReport, out: TextIO) -> None:
    verdict = "PASS" if report.passed else "FAIL"
    print(f"{path}: {verdict}  score {report.score}  ({report.image_width}x{report.image_height})", file=out)
    for name, check in report.checks.items():
        mark = "ok  " if check.passed else "FAIL"
        score = "" if check.score is None else f"{check.score:3d}"
        print(f"  {mark} {name:26} {score:>3}  {_format_value(check.value):24} {check.message}", file=out)
    if report.issues:
        print(f"  -> {report.guidance}", file=out)
    print(file=out)


def _format_value(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(f"{key}={item}" for key, item in value.items())
    if value is None:
        return "-"
    return str(value)
