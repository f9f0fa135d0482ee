"""The async FaceCheck API client (httpx): the station's only way to a server, and a library for scripts.

    from facestation.api import FaceCheckClient, ResultCode, errors
"""

from facestation.api import errors
from facestation.api.budget import BudgetStatus, CallBudget
from facestation.api.client import FaceCheckClient, RetryPolicy
from facestation.api.models import (
    Capabilities,
    FaceList,
    FaceQA,
    FaceRecord,
    FaceRecordSummary,
    IdentifyResult,
    RecordPage,
    ResultCode,
)
from facestation.api.codes import ErrorCode
from facestation.api.resources import UNCHANGED

__all__ = [
    "UNCHANGED",
    "BudgetStatus",
    "CallBudget",
    "ErrorCode",
    "Capabilities",
    "FaceCheckClient",
    "FaceList",
    "FaceQA",
    "FaceRecord",
    "FaceRecordSummary",
    "IdentifyResult",
    "RecordPage",
    "ResultCode",
    "RetryPolicy",
    "errors",
]
