"""`facestation admin list-report`: what GET v1/face/list/{id}/report says, for the server's operator, straight
from the database (the service need not run): how likely a stranger is matched to someone in the list, the
thresholds 1:N uses in it, and the members who may be one person enrolled twice."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import TYPE_CHECKING

from facestation.cli.output import positive_int, print_table

if TYPE_CHECKING:
    from facestation.store import Store

EXIT_OK = 0
EXIT_FAILED = 1


def add_arguments(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("list", metavar="LIST", help="the list's identifier or its name")
    sub.add_argument("--json", action="store_true", help="print the report as the API answers it (JSON)")
    sub.add_argument("--limit", type=positive_int, default=50, metavar="N",
                     help="show at most N possible duplicates, most likely first (default 50)")


def run(store: Store, args: argparse.Namespace) -> int:
    from facestation.recognition.calibration import DEFAULT_TARGET
    from facestation.recognition.matching import DEFAULT_THRESHOLDS
    from facestation.service.list_calibration import (
        calibration_from_store,
        report_response,
    )
    from facestation.service.payloads import canonical_guid
    from facestation.store.catalogue import ListRef
    from facestation.store.errors import NotFoundError

    guid = canonical_guid(args.list)
    ref = ListRef(id=guid) if guid is not None else ListRef(name=args.list.strip())
    try:
        face_list, calibration = calibration_from_store(store, args.client_id, ref, time.time)
    except NotFoundError:
        print(f"facestation admin: client {args.client_id} has no list {args.list!r}.", file=sys.stderr)
        return EXIT_FAILED
    target = store.calibrations.target(args.client_id) or DEFAULT_TARGET
    estimate = calibration.estimate(target, DEFAULT_THRESHOLDS)
    duplicates = calibration.possible_duplicates(store.calibrations.distinct(args.client_id))
    report = report_response(estimate, duplicates, args.limit)
    if args.json:
        print(json.dumps(report.model_dump(), indent=2))
        return EXIT_OK
    figures = report.calibration
    print(f"List {face_list.name!r} ({face_list.id}): {report.members} member(s)")
    print(f"  A stranger is matched to someone in it: {one_in(figures.estimatedFalseMatchRate)} "
          f"(target: at most 1 in {1 / figures.target:,.0f})")
    print(f"  A stranger gets a warning (check by eye): {one_in(figures.estimatedWarningRate)}")
    print(f"  1:N in this list: OK from confidence {figures.okThreshold:g}, warning from {figures.warningThreshold:g} "
          f"(global: {DEFAULT_THRESHOLDS.ok:g} and {DEFAULT_THRESHOLDS.warning:g})")
    basis = ("the list's own member pairs" if figures.basis == "list"
             else "the built-in reference (too few members to fit the list's own)")
    print(f"  Estimated from {figures.impostorPairs:,} member pair(s): {basis}")
    print(f"Possible duplicates: {report.possibleDuplicatesTotal}"
          + (f" (the {len(report.possibleDuplicates)} most likely shown)" if report.possibleDuplicatesTotal >
             len(report.possibleDuplicates) else ""))
    names = _names(store, args.client_id, {id_ for pair in report.possibleDuplicates for id_ in (pair.a, pair.b)})
    print_table(("confidence", "record a", "record b"),
                [(f"{pair.confidence:.1f}", names.get(pair.a, pair.a), names.get(pair.b, pair.b))
                 for pair in report.possibleDuplicates], empty="  none")
    return EXIT_OK


def one_in(share: float) -> str:
    """A share of strangers in words: "about 1 in 3,000", "fewer than 1 in a million", "none"."""
    if share <= 0:
        return "none"
    if share < 1e-6:
        return "fewer than 1 in a million"
    every = 1.0 / share
    rounded = float(f"{every:.2g}")
    return f"about 1 in {rounded:,.0f}" if every >= 1.5 else "almost every stranger"


def _names(store: Store, tenant: str, record_ids: set[str]) -> dict[str, str]:
    from facestation.store.catalogue import RecordRef

    names = {}
    for record_id in record_ids:
        record = store.catalogue.get_record(tenant, RecordRef(id=record_id))
        if record is not None:
            extra = f", {record.external_identifier}" if record.external_identifier else ""
            names[record_id] = f"{record.name} {record.surname1} ({record_id[:8]}{extra})"
    return names


