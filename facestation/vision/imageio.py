"""Decode untrusted images (uploads, files, network clients) into OpenCV-ready BGR arrays, with limits.

Every decoder here returns a ``numpy.uint8`` array of shape ``(height, width, 3)`` in BGR channel order,
C-contiguous and writeable, which is what ``cv2`` and dlib expect. Whatever the source mode (grey, palette,
alpha, CMYK, 16-bit, float, 1-bit), the output is always 3-channel 8-bit, upright according to EXIF.

Bad *data* never raises anything but an `ImageError` subclass, whose ``code`` is a stable string meant
for API responses (``"InvalidImage"`` or ``"ImageTooLarge"``) and whose message tells a person what to do.
Programming errors (passing an ``int`` instead of bytes) raise ``TypeError``; a missing or unreadable *file*
raises the ``OSError`` from ``open()`` unchanged, because that is a problem with the path, not the image.
"""

from __future__ import annotations

import functools
import io
import os
import re
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final, TypeAlias

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps

BGRImage: TypeAlias = npt.NDArray[np.uint8]
ImageSource: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | BGRImage

# 40 MP is well above any camera or phone a station will see, yet an RGB copy still fits in ~120 MB.
DEFAULT_MAX_PIXELS: Final = 40_000_000
# A separate cap on each side stops absurd strips (e.g. 40 000 000 x 1) that pass the pixel budget.
DEFAULT_MAX_SIDE: Final = 20_000
# Generous for a 40 MP JPEG or PNG; anything bigger is not a portrait someone meant to send.
DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024

# Only mainstream photo formats: Pillow also identifies EPS (which shells out to Ghostscript), PSD, FITS
# and dozens of legacy formats whose parsers are not worth exposing to untrusted input. MPO (multi-picture
# JPEG from many phones) is covered by "JPEG"; JPEG 2000 is what ICAO passport chips store.
SUPPORTED_FORMATS: Final = ("JPEG", "PNG", "WEBP", "BMP", "GIF", "TIFF", "JPEG2000", "AVIF")

_WHITE: Final = 255
_GREY_MODES: Final = frozenset({"1", "L", "LA", "La"})
_ALPHA_MODES: Final = frozenset({"LA", "La", "RGBA", "RGBa", "PA"})
_SIXTEEN_BIT_MODES: Final = frozenset({"I;16", "I;16L", "I;16B", "I;16N", "I"})

# warnings.catch_warnings() swaps process-global state before Python 3.14, so two decodes overlapping in
# different threads could restore each other's filters wrongly. Serialising our own decodes keeps every
# save/restore pair intact; decoding a photo takes milliseconds, so the cost is negligible here.
_PILLOW_LOCK = threading.Lock()


class ImageError(ValueError):
    """Base class for every refusal of image data; ``code`` is a stable identifier for API responses."""

    code: str = "InvalidImage"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmptyImageError(ImageError):
    """The data (or array) holds no image at all: zero bytes or zero pixels."""

    code = "InvalidImage"


class UnreadableImageError(ImageError):
    """The data is not an image in a supported format, or it is truncated or corrupt."""

    code = "InvalidImage"


class InvalidArrayError(ImageError):
    """An in-memory array is not a BGR uint8 image of shape (height, width, 3)."""

    code = "InvalidImage"


class ImageTooLargeError(ImageError):
    """The image exceeds a pixel, side-length or byte limit, so it is refused before being decoded."""

    code = "ImageTooLarge"


def decode_image(
    data: bytes | bytearray | memoryview,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_side: int = DEFAULT_MAX_SIDE,
) -> BGRImage:
    """Decode encoded image bytes into an upright BGR uint8 array of shape (height, width, 3).

    The header is read first and the image refused if it declares more than ``max_pixels`` pixels or a side
    longer than ``max_side``, before any pixel is decoded. EXIF orientation is applied, transparency is
    composited onto white, 16-bit samples are scaled (not clipped) to 8 bits, float (mode F) samples are
    taken on Pillow's 0..255 scale, and only the first frame of an animation or multi-page file is used.

    Raises:
        EmptyImageError: ``data`` is empty.
        ImageTooLargeError: ``data`` is longer than ``max_bytes`` or the image is too large.
        UnreadableImageError: not an image in a supported format, or truncated or corrupt.
        TypeError: ``data`` is not bytes-like.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_image() needs bytes, got {type(data).__name__}")
    size = memoryview(data).nbytes
    if size == 0:
        raise EmptyImageError("The image is empty (0 bytes). Send a photo as a JPEG or PNG file.")
    if size > max_bytes:
        raise ImageTooLargeError(_too_many_bytes_message(size, max_bytes))

    with _pillow_guard():
        image = _open(data, max_pixels=max_pixels, max_side=max_side)
        with image:
            _check_dimensions(image.size, max_pixels=max_pixels, max_side=max_side)
            _load(image)
            oriented = _apply_exif_orientation(image)
            # Plugins may pick another sub-image at load time (JPEG 2000 reductions, for one), so the
            # promise that the output respects the limits is only kept by checking the final size too.
            _check_dimensions(oriented.size, max_pixels=max_pixels, max_side=max_side)
            return _to_bgr(oriented)


def load_image(
    path: str | os.PathLike[str],
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_side: int = DEFAULT_MAX_SIDE,
) -> BGRImage:
    """Read an image file and decode it like `decode_image`.

    The file size is checked before the file is read, so a huge file is refused without loading it.

    Raises:
        OSError: the file cannot be opened (``FileNotFoundError``, ``PermissionError``,
            ``IsADirectoryError``...), propagated unchanged because the path, not the image, is at fault.
        ImageError: the content is refused, exactly as by `decode_image`.
    """
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        if size > max_bytes:
            raise ImageTooLargeError(_too_many_bytes_message(size, max_bytes))
        # st_size can understate (a file still being written, /dev or /proc files report 0), so the
        # read itself is bounded too rather than trusting the size checked above.
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImageTooLargeError(_too_many_bytes_message(len(data), max_bytes))
    return decode_image(data, max_pixels=max_pixels, max_bytes=max_bytes, max_side=max_side)


def load_image_source(
    source: ImageSource,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_side: int = DEFAULT_MAX_SIDE,
) -> BGRImage:
    """Return a BGR uint8 image from an array, encoded bytes, or a file path.

    - A numpy array must already be a BGR uint8 image of shape (height, width, 3); it is returned as is
      (the same object) when C-contiguous, otherwise as a C-contiguous copy. The pixel limits are not
      applied to arrays: they guard decoding, and an array is already decoded.
    - ``bytes``, ``bytearray`` and ``memoryview`` are encoded image data, decoded with `decode_image`.
    - ``str`` and ``os.PathLike`` are file paths, read with `load_image`.

    Raises:
        InvalidArrayError: an array of the wrong dtype or shape.
        EmptyImageError: an array with zero pixels, or empty bytes.
        ImageError, OSError: as raised by `decode_image` and `load_image`.
        TypeError: any other kind of source.
    """
    if isinstance(source, np.ndarray):
        return _validated_bgr_array(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return decode_image(source, max_pixels=max_pixels, max_bytes=max_bytes, max_side=max_side)
    if isinstance(source, (str, os.PathLike)):
        return load_image(source, max_pixels=max_pixels, max_bytes=max_bytes, max_side=max_side)
    raise TypeError(
        f"load_image_source() needs a numpy array, bytes or a path, got {type(source).__name__}"
    )


@contextmanager
def _pillow_guard() -> Iterator[None]:
    with _PILLOW_LOCK, warnings.catch_warnings():
        # Pillow warns about malformed metadata in untrusted files (bad EXIF, odd TIFF tags, invalid
        # APNG); the outcome is already either a decoded image or our error, so the warnings are noise.
        warnings.simplefilter("ignore")
        yield


@functools.cache
def _available_formats() -> tuple[str, ...]:
    # Image.open() lets a KeyError escape for a requested format whose plugin is not registered, so
    # only ask for the formats this Pillow build actually has.
    Image.init()
    return tuple(name for name in SUPPORTED_FORMATS if name in Image.OPEN)


def _open(data: bytes | bytearray | memoryview, *, max_pixels: int, max_side: int) -> Image.Image:
    """Identify the format and read the header only: no pixel is decoded yet."""
    try:
        return Image.open(io.BytesIO(data), formats=_available_formats())
    except Image.DecompressionBombError as exc:
        # Pillow's own hard limit fires inside Image.open(), before the dimensions reach us.
        raise ImageTooLargeError(_bomb_message(exc, max_pixels=max_pixels, max_side=max_side)) from exc
    except Image.UnidentifiedImageError as exc:
        raise UnreadableImageError(
            "The data is not an image in a supported format "
            f"({', '.join(_available_formats())}). Send a photo as a JPEG or PNG file."
        ) from exc
    except MemoryError as exc:
        raise ImageTooLargeError(
            "The image header needs more memory than is available. Send a smaller JPEG or PNG file."
        ) from exc
    # Pillow's parsers raise a zoo of types on malformed headers (SyntaxError, struct.error, IndexError,
    # ValueError, KeyError...); for untrusted data all of them mean the same thing to the caller.
    except Exception as exc:
        raise UnreadableImageError(
            f"The image header is corrupt ({exc}). Re-export or re-capture the photo and send it again."
        ) from exc


def _load(image: Image.Image) -> None:
    """Decode the pixels, refusing truncated or corrupt data instead of returning half an image."""
    # Tile and frame buffers (TIFF tiles, GIF disposal areas) are sized from fields our header check
    # never saw; Pillow's warning is the only signal, so it must stop the decode rather than be ignored.
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    try:
        # ImageFile.LOAD_TRUNCATED_IMAGES is left at its default (False) so that a cut-off file raises
        # OSError here; this module never sets it, and nobody in the process should.
        image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageTooLargeError(
            f"The image is too large to decode safely ({exc}). Send a smaller JPEG or PNG file."
        ) from exc
    except MemoryError as exc:
        raise ImageTooLargeError(
            "The image needs more memory to decode than is available. Send a smaller JPEG or PNG file."
        ) from exc
    except Exception as exc:
        raise UnreadableImageError(
            f"The image is truncated or corrupt ({exc}). Re-export or re-capture the photo and send it "
            "again."
        ) from exc


def _apply_exif_orientation(image: Image.Image) -> Image.Image:
    try:
        # In place: the copy exif_transpose() otherwise makes would double peak memory for a large photo.
        ImageOps.exif_transpose(image, in_place=True)
    except MemoryError:
        raise
    except Exception:
        # Malformed EXIF in an image whose pixels decoded fine: a usable, possibly sideways, image beats
        # refusing the photo over metadata; face detection will report a rotated face anyway.
        pass
    return image


def _to_bgr(image: Image.Image) -> BGRImage:
    """Convert a loaded Pillow image of any mode into a C-contiguous BGR uint8 array."""
    mode = image.mode
    transparency = image.info.get("transparency")

    if mode in _SIXTEEN_BIT_MODES:
        samples = np.asarray(image)
        grey = _sixteen_to_eight_bits(samples)
        if isinstance(transparency, int):
            # A tRNS colour key on a 16-bit grey PNG: make those pixels background, like real alpha.
            grey[samples == transparency] = _WHITE
        return _grey_to_bgr(grey)
    if mode == "F":
        return _grey_to_bgr(_float_to_eight_bits(np.asarray(image)))

    grey = mode in _GREY_MODES
    has_alpha = mode in _ALPHA_MODES or transparency is not None
    try:
        if has_alpha:
            # Converting to LA/RGBA turns palette and colour-key transparency into a real alpha band.
            flat = _composite_on_white(image.convert("LA" if grey else "RGBA"))
        else:
            # Covers 1 (to 0/255), P, CMYK, YCbCr, LAB, HSV and RGBX; a no-op for L and RGB. CMYK uses
            # Pillow's naive formula (no ICC profile), which is what every other viewer falls back to.
            target = "L" if grey else "RGB"
            # convert() copies even when the mode already matches: 20 ms on a 12 MP photo for nothing.
            flat = image if mode == target else image.convert(target)
    except ValueError as exc:
        raise UnreadableImageError(
            f"The image uses a colour mode that cannot be converted ({mode}). "
            "Re-export the photo as an RGB JPEG or PNG and send it again."
        ) from exc

    pixels = np.asarray(flat)
    if pixels.ndim == 2:
        return _grey_to_bgr(pixels)
    # One vectorised pass into a new, writeable, contiguous array (a reversed view plus a copy is 3x slower).
    return cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR)


def _composite_on_white(image: Image.Image) -> Image.Image:
    # A transparent background in a portrait should read as a plain light background, not as the black
    # that dropping the alpha band would leave behind.
    background = Image.new("L" if image.mode == "LA" else "RGB", image.size, "white")
    # With the image itself as the mask, paste() blends each pixel by its own alpha band.
    background.paste(image, mask=image)
    return background


def _sixteen_to_eight_bits(samples: npt.NDArray[Any]) -> npt.NDArray[np.uint8]:
    # Pillow's own I;16 -> L conversion clips everything above 255 to white; scale the full 16-bit range
    # instead, rounding to nearest (v / 257 maps 65535 to 255 and 32768 to 128). Mode I is 32-bit, but
    # Pillow uses it for 16-bit data, so values outside 0..65535 are clipped to that range first.
    wide = np.clip(samples, 0, 65535).astype(np.uint32)
    wide += 128
    wide //= 257
    return wide.astype(np.uint8)


def _float_to_eight_bits(samples: npt.NDArray[Any]) -> npt.NDArray[np.uint8]:
    # Float images carry no range; follow Pillow's own F -> L convention (0..255) rather than guess
    # between 0..1 and 0..255 from the data, which would flip with the content of the picture.
    finite = np.nan_to_num(samples.astype(np.float32), nan=0.0, posinf=255.0, neginf=0.0)
    return np.rint(np.clip(finite, 0.0, 255.0)).astype(np.uint8)


def _grey_to_bgr(grey: npt.NDArray[np.uint8]) -> BGRImage:
    return np.repeat(grey[:, :, np.newaxis], 3, axis=2)


def _validated_bgr_array(array: npt.NDArray[Any]) -> BGRImage:
    if array.dtype != np.uint8:
        raise InvalidArrayError(
            f"Expected a uint8 BGR image, got dtype {array.dtype}. Convert it first "
            "(e.g. cv2.convertScaleAbs, or numpy clip and astype(np.uint8))."
        )
    if array.ndim != 3 or array.shape[2] != 3:
        hint = ""
        if array.ndim == 2 or (array.ndim == 3 and array.shape[2] == 1):
            hint = " For a grey image use cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)."
        elif array.ndim == 3 and array.shape[2] == 4:
            hint = " For a BGRA image use cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)."
        raise InvalidArrayError(
            f"Expected a BGR image of shape (height, width, 3), got shape {array.shape}.{hint}"
        )
    if array.shape[0] == 0 or array.shape[1] == 0:
        raise EmptyImageError(f"The image array has no pixels (shape {array.shape}).")
    return np.ascontiguousarray(array)


def _check_dimensions(size: tuple[int, int], *, max_pixels: int, max_side: int) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise UnreadableImageError(
            f"The image header declares an empty size ({width} x {height} pixels). "
            "Re-export or re-capture the photo and send it again."
        )
    if width * height > max_pixels or max(width, height) > max_side:
        raise ImageTooLargeError(
            f"The image is {width} x {height} pixels ({width * height / 1e6:.1f} megapixels); the limit is "
            f"{max_pixels / 1e6:.1f} megapixels and {max_side} pixels per side. Resize the photo "
            "(a portrait needs far less) and send it again."
        )


def _bomb_message(exc: Exception, *, max_pixels: int, max_side: int) -> str:
    # Pillow refuses the image before handing back its size, so the pixel count it quotes is all we have.
    match = re.search(r"\((\d+) pixels\)", str(exc))
    declared = (
        f"declares {int(match[1]):,} pixels ({int(match[1]) / 1e6:.1f} megapixels)"
        if match
        else "declares a size beyond the decoder's safety limit"
    )
    return (
        f"The image header {declared}; the limit is {max_pixels / 1e6:.1f} megapixels and {max_side} "
        "pixels per side. Resize the photo (a portrait needs far less) and send it again."
    )


def _too_many_bytes_message(size: int, max_bytes: int) -> str:
    return (
        f"The image file is {size / 2**20:.1f} MiB ({size:,} bytes); the limit is "
        f"{max_bytes / 2**20:.1f} MiB. Send a smaller or more compressed JPEG or PNG file."
    )


__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PIXELS",
    "DEFAULT_MAX_SIDE",
    "SUPPORTED_FORMATS",
    "BGRImage",
    "EmptyImageError",
    "ImageError",
    "ImageSource",
    "ImageTooLargeError",
    "InvalidArrayError",
    "UnreadableImageError",
    "decode_image",
    "load_image",
    "load_image_source",
]
