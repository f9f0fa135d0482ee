"""`facestation serve --ssl-certfile/--ssl-keyfile`: HTTPS with a certificate the site provides (here a
self-signed one made in the test), and clear refusals of missing or mismatched files before the service loads."""

from __future__ import annotations

import datetime
import ipaddress
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from facestation.cli import main
from tests.support.ports import free_port

pytestmark = pytest.mark.slow


def make_certificate(folder: Path, name: str = "site") -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost (its own CA, so a client can trust exactly it)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "facestation-test")])
    now = datetime.datetime.now(datetime.UTC)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject).public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                    x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.crt", folder / f"{name}.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def test_help_names_the_tls_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    text = capsys.readouterr().out
    assert "--ssl-certfile" in text and "--ssl-keyfile" in text


def test_a_certificate_without_its_key_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cert, _key = make_certificate(tmp_path)
    assert main(["serve", "--data-dir", str(tmp_path / "data"), "--ssl-certfile", str(cert)]) == 2
    assert "give both --ssl-certfile and --ssl-keyfile" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()  # refused before the service touched anything


def test_missing_and_mismatched_files_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cert, key = make_certificate(tmp_path)
    _other_cert, other_key = make_certificate(tmp_path, "other")
    assert main(["serve", "--ssl-certfile", str(cert), "--ssl-keyfile", str(tmp_path / "nope.key")]) == 2
    assert f"--ssl-keyfile: there is no file {tmp_path / 'nope.key'}" in capsys.readouterr().err
    assert main(["serve", "--ssl-certfile", str(cert), "--ssl-keyfile", str(other_key)]) == 2
    error = capsys.readouterr().err
    assert "cannot be used" in error and str(cert) in error
    assert "Traceback" not in error


def test_serves_https_with_the_sites_certificate(tmp_path: Path) -> None:
    cert, key = make_certificate(tmp_path)
    trust = ssl.create_default_context(cafile=str(cert))  # what a station does with the site's certificate
    port = free_port()
    log_path = tmp_path / "service.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "facestation", "serve", "--port", str(port), "--data-dir", str(tmp_path / "data"),
             "--workers", "1", "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
            stdout=log, stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                answer = httpx.get(f"https://127.0.0.1:{port}/api/health", verify=trust, timeout=2)
                break
            except httpx.TransportError:
                pass
            assert process.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, "the service did not come up"
            time.sleep(0.2)
        assert answer.status_code == 200
        # Plain HTTP on the same port gets no API answer, and a client that does not trust the certificate stops.
        with pytest.raises(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5)
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            httpx.get(f"https://127.0.0.1:{port}/api/health", timeout=5)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        finally:
            process.kill()
