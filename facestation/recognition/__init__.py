"""Face descriptors and matching (dlib ResNet): no Qt, no HTTP, no database.

| module | job |
| --- | --- |
| `descriptors` | `describe_largest_face(image) -> FaceAnalysis`: detect, landmarks, 128-D descriptor; enrolment rule |
| `matching` | distance -> 0-100 confidence (calibrated), verdicts OK / WARNING / FAILED, their descriptions |
| `gallery` | `DescriptorIndex`: in-memory descriptor matrix for 1:N search |

Used by the local service (enrolment, 1:1 verification, 1:N identification).
"""
