"""The async FaceCheck client: one class for the hosted service and the local one.

    async with FaceCheckClient("https://neocheck.net/api", client_id, client_secret) as client:
        await client.login(username, password)
        record_id = await client.records.create(face_image=photo, name="Ada", surname1="Lovelace")
        result = await client.recognition.identify_record(face_image=frame, record_id=record_id)

Every call goes through `FaceCheckClient._call`, which keeps the access token fresh (refreshing shortly before
it expires, and once after a 401), counts the call against the hourly budget, retries what is safe to retry
with jittered backoff, and turns every failure into one of `facestation.api.errors`. No Qt here: the station
wraps this client; scripts use it directly.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx

from facestation import __version__
from facestation.api import errors
from facestation.api.budget import CallBudget
from facestation.api.models import Capabilities, Tokens
from facestation.api.resources import (
    ListsResource,
    RecognitionResource,
    RecordsResource,
)
from facestation.api.transport_security import (
    InsecureConnectionError,
    endpoint_problem,
    insecure_http_warning,
    is_loopback_host,
)
from facestation.api.wire import json_of

logger = logging.getLogger(__name__)
# httpx logs every request's URL at INFO, and our URLs carry personal data (a search text, an external identifier
# in the path): the station's log must never hold names or numbers, so its request log stays off.
logging.getLogger("httpx").setLevel(logging.WARNING)


def loggable_path(path: str) -> str:
    """The path as the log may show it: an external identifier (a member or employee number) is personal data
    and is replaced by its placeholder; record and list GUIDs stay (they are what the activity log links by)."""
    head, marker, _identifier = path.partition("externalIdentifier/")
    return f"{head}{marker}{{externalIdentifier}}" if marker else path

DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 30.0


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently retryable failures (no connection, timeouts, 5xx) are tried again."""

    attempts: int = 3  # tries in all, the first included
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, retry: int) -> float:
        """Exponential backoff with jitter, so stations that lost the service together do not return together."""
        ceiling = min(self.max_delay, self.base_delay * 2**retry)
        return random.uniform(ceiling / 2, ceiling)


class FaceCheckClient:
    """A session with one FaceCheck service (base URL ending in `/api`) for one API client.

    `records`, `lists` and `recognition` hold the endpoints of the guide's sections 3-5 (and the local service's
    extensions, see `capabilities()`). Use it as an async context manager, or call `aclose()`.

    `failover_urls`: other addresses of the same service (several service processes on one database). A call
    that cannot reach its server, or gets a 5xx from it, is retried on the next one, and the client stays with
    the server that answered; the retry rules do not change (a create that may have landed is not sent twice).

    Every address must be https://, or http:// on this computer: otherwise each call raises
    `InsecureConnectionError` and sends nothing, unless a closed lab network is allowed: `allow_insecure_http`
    True, or None (the default) with FACESTATION_ALLOW_INSECURE_HTTP=1 in the environment.

    `capabilities`: what the server is known to support, so `capabilities()` does not ask it (None, the
    default: asked once, on first need). `Capabilities()` treats any server as one without the extensions.
    """

    def __init__(
        self,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        retry: RetryPolicy | None = None,
        failover_urls: Sequence[str] = (),
        budget: CallBudget | None = None,
        refresh_margin: float = 60.0,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        allow_insecure_http: bool | None = None,
        capabilities: Capabilities | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._servers = [self.base_url, *(url.rstrip("/") for url in failover_urls if url.rstrip("/") != self.base_url)]
        # Checked at each call rather than here, so it reaches the caller as a FaceCheckError where every other
        # "cannot talk to the service" does (the station's sign-in, the importer), and nothing is ever sent.
        self._address_problem = next(
            (problem for server in self._servers
             if (problem := endpoint_problem(server, allow_insecure_http=allow_insecure_http)) is not None), None)
        for server in self._servers:
            if self._address_problem is None and (warning := insecure_http_warning(server)) is not None:
                logger.warning(warning)
        self._server = 0  # the index in _servers of the one calls go to
        self.client_id = client_id
        self._client_secret = client_secret
        self.retry = retry or RetryPolicy()
        self.budget = budget or CallBudget()
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._sleep = sleep
        self._http = httpx.AsyncClient(
            base_url=self.base_url + "/",
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            transport=transport,
            headers={"User-Agent": f"FaceStation/{__version__}"},
            # A machine-wide HTTP_PROXY must not capture the station's own loopback service.
            trust_env=not all(is_loopback_host(httpx.URL(server).host) for server in self._servers),
        )
        self._tokens: Tokens | None = None
        self._username: str | None = None
        self._refresh_lock = asyncio.Lock()
        self._capabilities: Capabilities | None = capabilities
        self.records = RecordsResource(self)
        self.lists = ListsResource(self)
        self.recognition = RecognitionResource(self)

    # -- lifecycle ---------------------------------------------------------------------------------------

    async def __aenter__(self) -> FaceCheckClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def __repr__(self) -> str:  # the secret stays out of logs and tracebacks
        return f"FaceCheckClient({self.base_url!r}, client_id={self.client_id!r}, user={self._username!r})"

    # -- session -----------------------------------------------------------------------------------------

    @property
    def servers(self) -> tuple[str, ...]:
        """Every address of the service this client uses: `base_url` first, then the failover addresses."""
        return tuple(self._servers)

    @property
    def server_url(self) -> str:
        """The base URL calls go to now: `base_url`, or a failover address after `base_url` failed."""
        return self._servers[self._server]

    @property
    def signed_in(self) -> bool:
        return self._tokens is not None

    @property
    def username(self) -> str | None:
        return self._username

    @property
    def tokens(self) -> Tokens | None:
        """The current tokens; None when signed out. Their repr leaves the secrets out, as the client's does."""
        return self._tokens

    @property
    def token_expires_at(self) -> float | None:
        """When the current access token expires (epoch seconds, the client's clock); None when signed out.

        The client renews it by itself shortly before; this is for display ("sign-in renews itself at ...")."""
        return None if self._tokens is None else self._tokens.expires_at

    async def login(self, username: str, password: str) -> None:
        """Sign in with the password grant; raises AuthenticationError for wrong client or user credentials."""
        tokens = await self._token_request(
            {"grant_type": "password", "username": username, "password": password}
        )
        self._tokens = tokens
        self._username = username
        self.budget.use_account(f"{self.base_url}|{self.client_id}|{username}")

    async def logout(self) -> None:
        """Forget the tokens (the guide has no revocation endpoint: they lapse on their own)."""
        self._tokens = None
        self._username = None
        self.budget.use_account(None)

    async def _refresh(self) -> None:
        tokens = self._tokens
        if tokens is None:
            raise errors.AuthenticationError("Not signed in: sign in first.")
        try:
            self._tokens = await self._token_request(
                {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token}
            )
        except errors.AuthenticationError:
            # Never silent: without the password we cannot sign in again, so the operator must.
            self._tokens = None
            raise errors.AuthenticationError("Your session has ended: sign in again.") from None

    async def _token_request(self, fields: dict[str, str]) -> Tokens:
        form = {"client_id": self.client_id, "client_secret": self._client_secret, **fields}
        response = await self._send("POST", "connect/token", data=form, idempotent=False, counted=False,
                                    authorized=False)
        body = json_of(response)
        lifetime = float(body.get("expires_in") or 3600)
        return Tokens(
            access_token=str(body["access_token"]),
            refresh_token=str(body.get("refresh_token") or fields.get("refresh_token") or ""),
            id_token=body.get("id_token"),
            expires_at=self._clock() + lifetime,
            lifetime=lifetime,
        )

    async def _access_token(self) -> str:
        """A token that will still be valid when the request arrives; refreshed shortly before it expires."""
        tokens = self._tokens
        if tokens is None:
            raise errors.AuthenticationError("Not signed in: sign in first.")
        margin = min(self._refresh_margin, tokens.lifetime / 4)
        if tokens.expires_at - self._clock() <= margin:
            async with self._refresh_lock:
                if self._tokens is tokens:  # nobody refreshed while we waited for the lock
                    await self._refresh()
        assert self._tokens is not None
        return self._tokens.access_token

    # -- capabilities ------------------------------------------------------------------------------------

    async def capabilities(self) -> Capabilities:
        """Which extensions the server has: the local service answers GET health; the hosted service does not."""
        if self._capabilities is None:
            try:
                response = await self._send("GET", "health", idempotent=True, counted=False, authorized=False)
            # 404 / 405: an endpoint without extensions; 401 too: the local service's health needs no sign-in.
            except (errors.NotFoundError, errors.ValidationError, errors.AuthenticationError):
                self._capabilities = Capabilities()
            else:
                # Only the local service's own answer counts: a 200 web page (a portal, a proxy) is not it, and
                # its JSON decode error must not escape as a non-FaceCheckError.
                try:
                    body = response.json()
                except ValueError:
                    body = None
                if isinstance(body, dict) and body.get("status") == "ok":
                    version = body.get("version")
                    self._capabilities = Capabilities(True, True, True, True, True,
                                                      str(version) if version else None, list_report=True)
                else:
                    self._capabilities = Capabilities()
        return self._capabilities

    async def require(self, feature: str) -> None:
        """Raise FeatureUnavailableError unless the server has the extension named by a Capabilities field."""
        if not getattr(await self.capabilities(), feature):
            raise errors.FeatureUnavailableError(
                f"This server does not offer {feature.replace('_', ' ')} (it is an extension of the local service)."
            )

    # -- the one request path ----------------------------------------------------------------------------

    async def call(
        self,
        method: str,
        path: str,
        *,
        json: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        idempotent: bool,
        done_if_gone: bool = False,
    ) -> httpx.Response:
        """An authorised, budgeted API call; returns the successful response or raises a FaceCheckError.

        `done_if_gone`: a 404 on a retry after an attempt that may have landed means the first attempt did the
        work (a delete): the 404 response is returned instead of raised.
        """
        return await self._send(method, path, json=json, params=params, idempotent=idempotent,
                                done_if_gone=done_if_gone)

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, str] | None = None,
        idempotent: bool,
        counted: bool = True,
        authorized: bool = True,
        done_if_gone: bool = False,
    ) -> httpx.Response:
        if self._address_problem is not None:
            raise InsecureConnectionError(self._address_problem)
        retried_after_401 = False
        may_have_landed = False
        retry = 0
        servers_tried = 0
        while True:
            token = await self._access_token() if authorized else None
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            if counted:
                self.budget.reserve()
            server = self._server
            servers_tried += 1
            started = time.perf_counter()
            try:
                response = await self._http.request(method, f"{self._servers[server]}/{path}", json=json,
                                                    params=params, data=data, headers=headers)
            except httpx.TransportError as failure:
                sent = not isinstance(failure, (httpx.ConnectError, httpx.ConnectTimeout))
                if counted and not sent:
                    self.budget.release()  # it never reached the server, so it did not count there
                error = _transport_error(failure, self._servers[server])
                error.may_have_landed = sent or may_have_landed
                logger.info("%s %s failed: %s", method, loggable_path(path), type(failure).__name__)
            else:
                logger.debug("%s %s -> %d (%.0f ms)", method, loggable_path(path), response.status_code,
                             (time.perf_counter() - started) * 1000)
                self._observe_budget(response)
                if response.is_success:
                    return response
                if response.status_code == 404 and done_if_gone and may_have_landed:
                    return response
                if response.status_code == 401 and authorized and not retried_after_401:
                    retried_after_401 = True
                    async with self._refresh_lock:
                        if self._tokens is not None and self._tokens.access_token == token:
                            await self._refresh()  # unless a concurrent call has just done so
                    continue
                error = errors.error_from_response(response.status_code, response.content, dict(response.headers))
                if response.status_code == 401 and authorized:
                    # Only a refusal of our token ends the session: a 401 from an endpoint called without one
                    # (a hosted server's unknown `health` path) says nothing about it.
                    self._tokens = None
                if isinstance(error, errors.RateLimitError):
                    # The hosted service says so without headers: our count may be behind, so the hour is full.
                    self.budget.observe_server(None, 0)
                if not isinstance(error, errors.ServerError):
                    raise error
                error.may_have_landed = True
                sent = True
            may_have_landed = may_have_landed or sent
            self._fail_over_from(server)
            retry += 1
            if sent and not idempotent:
                raise error
            if servers_tried < len(self._servers):
                continue  # another server of the same service has not been tried yet: no reason to wait
            if retry >= self.retry.attempts:
                raise error
            await self._sleep(self.retry.delay(retry - 1))

    def _fail_over_from(self, server: int) -> None:
        """After a failure of `server`, calls go to the next one (unless a concurrent call moved on already)."""
        if len(self._servers) > 1 and self._server == server:
            self._server = (server + 1) % len(self._servers)
            logger.warning("Switching to the service at %s", self._servers[self._server])

    async def pause_before_retry(self, retry: int) -> None:
        await self._sleep(self.retry.delay(retry))

    def _observe_budget(self, response: httpx.Response) -> None:
        limit = response.headers.get("X-RateLimit-Limit")
        remaining = response.headers.get("X-RateLimit-Remaining")
        if limit is None and remaining is None:
            return
        try:
            self.budget.observe_server(int(limit) if limit else None, int(remaining) if remaining else None)
        except ValueError:
            logger.debug("ignored malformed rate-limit headers")


def _transport_error(failure: httpx.TransportError, base_url: str) -> errors.FaceCheckError:
    if isinstance(failure, httpx.ConnectTimeout):
        return errors.ServiceUnreachableError(f"The FaceCheck service at {base_url} does not answer (connect timeout).")
    if isinstance(failure, httpx.TimeoutException):
        return errors.RequestTimeoutError("The FaceCheck service took too long to answer; try again.")
    if isinstance(failure, httpx.ConnectError):
        return errors.ServiceUnreachableError(
            f"Cannot reach the FaceCheck service at {base_url}: check the network or that the service is running."
        )
    return errors.ServiceUnreachableError("The connection to the FaceCheck service broke off; try again.")
