"""Bulk import of people from a CSV file and a folder of photos, through the FaceCheck API. No Qt.

    from facestation.importer import Importer, read_people, write_result_csv

    people = read_people(Path("people.csv"), default_list="Staff")   # PeopleFileError: the file cannot be used
    report = await Importer(client, people, Path("photos")).run()
    write_result_csv(Path("people-result.csv"), report, delimiter=people.delimiter)

`people` reads the CSV, `gate` is the station's QA gate for photo files, `engine` the resumable parallel import
within the call budget, `results` the result CSV. The command line (`facestation import`) and the station's
"Import people" dialog are two faces of the same engine.
"""

from facestation.importer.engine import (
    DEFAULT_WORKERS,
    Importer,
    ImportProgress,
    ImportReport,
    RowOutcome,
    RowStatus,
    default_list_resolver,
    generated_identifier,
)
from facestation.importer.gate import (
    PhotoError,
    PreparedPortrait,
    QualityFailed,
    prepare_portrait,
    read_photo,
)
from facestation.importer.people import (
    COLUMNS,
    PeopleFile,
    PeopleFileError,
    PersonRow,
    read_people,
)
from facestation.importer.results import (
    default_result_path,
    result_csv_text,
    write_result_csv,
)

__all__ = [
    "COLUMNS",
    "DEFAULT_WORKERS",
    "ImportProgress",
    "ImportReport",
    "Importer",
    "PeopleFile",
    "PeopleFileError",
    "PersonRow",
    "PhotoError",
    "PreparedPortrait",
    "QualityFailed",
    "RowOutcome",
    "RowStatus",
    "default_list_resolver",
    "default_result_path",
    "generated_identifier",
    "prepare_portrait",
    "read_people",
    "read_photo",
    "result_csv_text",
    "write_result_csv",
]
