"""FaceStation: face enrolment and verification station for the FaceCheck API."""

__version__ = "0.1.0"
