"""The station: the front-desk application around the FaceCheck API client.

Plain-Python foundation (no Qt, testable headless): `local_service` (the built-in service as a supervised child
process, never imported), `credentials` (secrets in the OS keyring, else an encrypted file) and `config` (the
station's typed settings). The Qt window wraps these.
"""
