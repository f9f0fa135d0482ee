"""The async FaceCheck API client (httpx): the station's only way to a server, and a library for scripts.

    from facestation.api import FaceCheckClient, ResultCode, errors
"""

from facestation.api import errors
from facestation.api.budget import BudgetStatus, CallBudget
from facestation.api.client import FaceCheckClient, RetryPolicy
from facestation.api.codes import ErrorCode
from facestation.api.models import (
    CalibrationTarget,
    Capabilities,
    FaceList,
    FaceQA,
    FaceRecord,
    FaceRecordSummary,
    IdentifyResult,
    ListCalibration,
    ListReport,
    PossibleDuplicate,
    RecordPage,
    ResultCode,
)
from facestation.api.resources import UNCHANGED

__all__ = [
    "UNCHANGED",
    "BudgetStatus",
    "CalibrationTarget",
    "CallBudget",
    "ErrorCode",
    "Capabilities",
    "FaceCheckClient",
    "FaceList",
    "FaceQA",
    "FaceRecord",
    "FaceRecordSummary",
    "IdentifyResult",
    "ListCalibration",
    "ListReport",
    "PossibleDuplicate",
    "RecordPage",
    "ResultCode",
    "RetryPolicy",
    "errors",
]
