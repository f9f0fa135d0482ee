"""Tests for facestation.vision.imageio: every test image is generated here with Pillow/numpy."""

from __future__ import annotations

import io
import struct
import threading
import time
import warnings
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image, features

from facestation.vision.imageio import (
    DEFAULT_MAX_BYTES,
    EmptyImageError,
    ImageError,
    ImageTooLargeError,
    InvalidArrayError,
    UnreadableImageError,
    decode_image,
    load_image,
    load_image_source,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# BGR triples, because that is what decode_image returns.
BGR_RED = (0, 0, 255)
BGR_BLUE = (255, 0, 0)
BGR_WHITE = (255, 255, 255)


def encode(image: Image.Image, fmt: str, **params: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def png_chunk(tag: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + tag + payload + struct.pack(">I", zlib.crc32(tag + payload))


def png_16bit(samples: npt.NDArray[np.uint16]) -> bytes:
    """A hand-written 16-bit PNG: Pillow has no 16-bit RGB(A) mode, so it cannot write one itself."""
    height, width, channels = samples.shape
    colour_type = {1: 0, 2: 4, 3: 2, 4: 6}[channels]
    header = struct.pack(">IIBBBBB", width, height, 16, colour_type, 0, 0, 0)
    raw = b"".join(b"\x00" + row.astype(">u2").tobytes() for row in samples)  # filter type 0 per row
    return (
        PNG_SIGNATURE
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(raw))
        + png_chunk(b"IEND", b"")
    )


def png_with_declared_size(width: int, height: int) -> bytes:
    """A real 1x1 PNG whose IHDR is patched (with a valid CRC) to claim another size."""
    data = bytearray(encode(Image.new("RGB", (1, 1), "red"), "PNG"))
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def jpeg_with_declared_size(width: int, height: int) -> bytes:
    """A real small JPEG whose SOF0 frame header is patched to claim another size."""
    data = bytearray(encode(Image.new("RGB", (16, 16), "red"), "JPEG"))
    offset = 2  # after SOI
    while True:
        assert data[offset] == 0xFF
        marker = data[offset + 1]
        (length,) = struct.unpack(">H", data[offset + 2 : offset + 4])
        if marker == 0xC0:
            # Segment: length (2), precision (1), height (2), width (2).
            data[offset + 5 : offset + 9] = struct.pack(">HH", height, width)
            return bytes(data)
        offset += 2 + length


def assert_bgr(image: npt.NDArray[Any], height: int, width: int) -> None:
    assert isinstance(image, np.ndarray)
    assert image.shape == (height, width, 3)
    assert image.dtype == np.uint8
    assert image.flags.c_contiguous
    assert image.flags.writeable


def two_colour_image() -> Image.Image:
    image = Image.new("RGB", (2, 1))
    image.putpixel((0, 0), (255, 0, 0))
    image.putpixel((1, 0), (0, 0, 255))
    return image


# --- modes --------------------------------------------------------------------------------------------


def test_rgb_png_comes_out_in_bgr_order() -> None:
    result = decode_image(encode(two_colour_image(), "PNG"))
    assert_bgr(result, 1, 2)
    assert tuple(result[0, 0]) == BGR_RED
    assert tuple(result[0, 1]) == BGR_BLUE


def test_one_by_one_image_is_fine() -> None:
    result = decode_image(encode(Image.new("RGB", (1, 1), (10, 20, 30)), "PNG"))
    assert_bgr(result, 1, 1)
    assert tuple(result[0, 0]) == (30, 20, 10)


def test_grey_l_is_replicated_to_three_channels() -> None:
    grey = Image.fromarray(np.array([[0, 77, 255]], dtype=np.uint8), mode="L")
    result = decode_image(encode(grey, "PNG"))
    assert_bgr(result, 1, 3)
    assert result[0].tolist() == [[0, 0, 0], [77, 77, 77], [255, 255, 255]]


def test_grey_alpha_is_composited_onto_white() -> None:
    pixels = np.array([[[100, 255], [100, 0], [0, 128]]], dtype=np.uint8)
    result = decode_image(encode(Image.fromarray(pixels, mode="LA"), "PNG"))
    assert_bgr(result, 1, 3)
    assert tuple(result[0, 0]) == (100, 100, 100)  # opaque: unchanged
    assert tuple(result[0, 1]) == BGR_WHITE  # transparent: background
    assert all(126 <= value <= 128 for value in result[0, 2])  # half-transparent black: mid grey


def test_rgba_opaque_red_stays_red_and_transparent_becomes_white() -> None:
    pixels = np.array([[[255, 0, 0, 255], [0, 255, 0, 0], [0, 0, 0, 128]]], dtype=np.uint8)
    result = decode_image(encode(Image.fromarray(pixels, mode="RGBA"), "PNG"))
    assert_bgr(result, 1, 3)
    assert tuple(result[0, 0]) == BGR_RED
    assert tuple(result[0, 1]) == BGR_WHITE
    assert all(126 <= value <= 128 for value in result[0, 2])


def palette_image() -> Image.Image:
    image = Image.new("P", (2, 1))
    image.putpalette([255, 0, 0, 0, 0, 255] + [0] * (256 - 2) * 3)
    image.putpixel((0, 0), 0)
    image.putpixel((1, 0), 1)
    return image


@pytest.mark.parametrize("fmt", ["PNG", "GIF", "BMP"])
def test_palette_without_transparency(fmt: str) -> None:
    result = decode_image(encode(palette_image(), fmt))
    assert_bgr(result, 1, 2)
    assert tuple(result[0, 0]) == BGR_RED
    assert tuple(result[0, 1]) == BGR_BLUE


@pytest.mark.parametrize("fmt", ["PNG", "GIF"])
def test_palette_transparent_index_becomes_white(fmt: str) -> None:
    result = decode_image(encode(palette_image(), fmt, transparency=1))
    assert_bgr(result, 1, 2)
    assert tuple(result[0, 0]) == BGR_RED
    assert tuple(result[0, 1]) == BGR_WHITE


def test_cmyk_jpeg_pure_cyan() -> None:
    data = encode(Image.new("CMYK", (16, 16), (255, 0, 0, 0)), "JPEG", quality=95)
    assert Image.open(io.BytesIO(data)).mode == "CMYK"  # the test really exercises the CMYK path
    result = decode_image(data)
    assert_bgr(result, 16, 16)
    blue, green, red = (int(v) for v in result[8, 8])
    assert blue >= 245 and green >= 245 and red <= 10


@pytest.mark.parametrize(
    ("mode", "fmt", "dtype"),
    [("I;16", "PNG", "<u2"), ("I;16", "TIFF", "<u2"), ("I;16B", "TIFF", ">u2")],
)
def test_sixteen_bit_grey_is_scaled_not_clipped(mode: str, fmt: str, dtype: str) -> None:
    samples = np.array([[0, 128, 129, 257, 32768, 65535]], dtype=dtype)
    data = encode(Image.frombytes(mode, (6, 1), samples.tobytes()), fmt)
    assert Image.open(io.BytesIO(data)).mode.startswith("I;16")
    result = decode_image(data)
    assert_bgr(result, 1, 6)
    assert result[0, :, 0].tolist() == [0, 0, 1, 1, 128, 255]
    assert (result[0, :, 0] == result[0, :, 1]).all() and (result[0, :, 0] == result[0, :, 2]).all()


def test_32bit_integer_grey_is_treated_as_16bit_range() -> None:
    samples = np.array([[-5, 0, 32768, 65535, 70000]], dtype=np.int32)
    data = encode(Image.fromarray(samples), "TIFF")
    assert Image.open(io.BytesIO(data)).mode == "I"
    result = decode_image(data)
    assert_bgr(result, 1, 5)
    assert result[0, :, 0].tolist() == [0, 0, 128, 255, 255]


def test_sixteen_bit_rgb_png_is_scaled() -> None:
    samples = np.array([[[65535, 0, 32768], [0, 65535, 0]]], dtype=np.uint16)
    result = decode_image(png_16bit(samples))
    assert_bgr(result, 1, 2)
    assert tuple(result[0, 0]) == (128, 0, 255)  # BGR of RGB (255, 0, 128)
    assert tuple(result[0, 1]) == (0, 255, 0)


def test_sixteen_bit_rgba_png_is_composited_onto_white() -> None:
    samples = np.array([[[65535, 0, 0, 65535], [0, 0, 0, 0]]], dtype=np.uint16)
    result = decode_image(png_16bit(samples))
    assert_bgr(result, 1, 2)
    assert tuple(result[0, 0]) == BGR_RED
    assert tuple(result[0, 1]) == BGR_WHITE


def test_sixteen_bit_grey_alpha_png() -> None:
    samples = np.array([[[32768, 65535], [0, 0]]], dtype=np.uint16)
    result = decode_image(png_16bit(samples))
    assert_bgr(result, 1, 2)
    assert abs(int(result[0, 0, 0]) - 128) <= 1
    assert tuple(result[0, 1]) == BGR_WHITE


def test_one_bit_image() -> None:
    image = Image.new("1", (2, 1), 0)
    image.putpixel((1, 0), 1)
    data = encode(image, "PNG")
    assert Image.open(io.BytesIO(data)).mode == "1"
    result = decode_image(data)
    assert_bgr(result, 1, 2)
    assert result[0].tolist() == [[0, 0, 0], [255, 255, 255]]


def test_float_image_uses_pillow_0_to_255_scale() -> None:
    samples = np.array([[0.0, 127.6, 300.0, -5.0, np.nan]], dtype=np.float32)
    data = encode(Image.fromarray(samples, mode="F"), "TIFF")
    assert Image.open(io.BytesIO(data)).mode == "F"
    result = decode_image(data)
    assert_bgr(result, 1, 5)
    assert result[0, :, 0].tolist() == [0, 128, 255, 0, 0]


def test_animated_gif_gives_first_frame() -> None:
    frames = [Image.new("RGB", (4, 4), colour) for colour in ("red", "blue", "lime")]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)
    assert Image.open(io.BytesIO(data)).n_frames == 3
    result = decode_image(data)
    assert_bgr(result, 4, 4)
    assert (result.reshape(-1, 3) == BGR_RED).all()


def test_multipage_tiff_gives_first_page() -> None:
    pages = [Image.new("RGB", (4, 4), "red"), Image.new("RGB", (8, 2), "blue")]
    data = encode(pages[0], "TIFF", save_all=True, append_images=pages[1:])
    assert Image.open(io.BytesIO(data)).n_frames == 2
    result = decode_image(data)
    assert_bgr(result, 4, 4)
    assert (result.reshape(-1, 3) == BGR_RED).all()


@pytest.mark.parametrize(
    ("fmt", "params", "tolerance"),
    [
        ("JPEG", {"quality": 95}, 12),
        ("BMP", {}, 0),
        ("TIFF", {"compression": "tiff_lzw"}, 0),
        pytest.param(
            "WEBP",
            {"lossless": True},
            0,
            marks=pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP"),
        ),
        pytest.param(
            "JPEG2000",
            {"irreversible": False},
            0,
            marks=pytest.mark.skipif(not features.check("jpg_2000"), reason="no OpenJPEG"),
        ),
    ],
)
def test_supported_formats_decode_colours(fmt: str, params: dict[str, Any], tolerance: int) -> None:
    pixels = np.zeros((16, 16, 3), dtype=np.uint8)
    pixels[:, :8] = (255, 0, 0)
    pixels[:, 8:] = (0, 0, 255)
    result = decode_image(encode(Image.fromarray(pixels), fmt, **params))
    assert_bgr(result, 16, 16)
    left = result[4:12, 1:5].reshape(-1, 3).astype(int)
    right = result[4:12, 11:15].reshape(-1, 3).astype(int)
    assert (abs(left - BGR_RED) <= tolerance).all()
    assert (abs(right - BGR_BLUE) <= tolerance).all()


# --- EXIF orientation ---------------------------------------------------------------------------------


def marked_landscape_jpeg(orientation: int | None) -> bytes:
    """A 4x2 grid of 10 px cells (40 wide x 20 high), black but for a white top-left cell."""
    pixels = np.zeros((20, 40, 3), dtype=np.uint8)
    pixels[:10, :10] = 255
    params: dict[str, Any] = {"quality": 95}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        params["exif"] = exif
    return encode(Image.fromarray(pixels), "JPEG", **params)


def bright_corners(image: npt.NDArray[np.uint8]) -> set[str]:
    height, width = image.shape[:2]
    corners = {
        "top-left": image[:10, :10],
        "top-right": image[:10, width - 10 :],
        "bottom-left": image[height - 10 :, :10],
        "bottom-right": image[height - 10 :, width - 10 :],
    }
    # JPEG blurs the cell edges a little, hence a mean threshold rather than exact values.
    return {name for name, cell in corners.items() if cell.mean() > 200}


def test_no_orientation_keeps_layout() -> None:
    result = decode_image(marked_landscape_jpeg(None))
    assert_bgr(result, 20, 40)
    assert bright_corners(result) == {"top-left"}


@pytest.mark.parametrize(
    ("orientation", "shape", "corner"),
    [
        (1, (20, 40), "top-left"),
        (3, (20, 40), "bottom-right"),  # stored upside down
        (6, (40, 20), "top-right"),  # phone held upright: rotate 90 degrees clockwise to display
        (8, (40, 20), "bottom-left"),  # rotate 90 degrees counter-clockwise to display
    ],
)
def test_exif_orientation_is_applied(orientation: int, shape: tuple[int, int], corner: str) -> None:
    result = decode_image(marked_landscape_jpeg(orientation))
    assert_bgr(result, *shape)
    assert bright_corners(result) == {corner}


def test_corrupt_exif_still_decodes_without_leaking_warnings() -> None:
    corrupt_exif = b"Exif\x00\x00II*\x00\x08\x00\x00\x00\x05\x00" + b"\x01" * 30
    data = encode(Image.new("RGB", (8, 8), "red"), "JPEG", exif=corrupt_exif)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = decode_image(data)
    assert caught == []
    assert_bgr(result, 8, 8)
    assert int(result[4, 4, 2]) > 240 and int(result[4, 4, 0]) < 15


# --- size limits --------------------------------------------------------------------------------------


@pytest.mark.parametrize("make", [png_with_declared_size, jpeg_with_declared_size])
def test_huge_declared_dimensions_are_refused_before_decoding(make: Any) -> None:
    data = make(30000, 30000)
    assert len(data) < 1000
    start = time.perf_counter()
    with pytest.raises(ImageTooLargeError) as info:
        decode_image(data)
    assert time.perf_counter() - start < 1.0
    assert info.value.code == "ImageTooLarge"
    # 900 MP trips Pillow's own hard bomb limit inside Image.open(): only the pixel count is known.
    assert "900,000,000 pixels" in str(info.value)


@pytest.mark.parametrize("make", [png_with_declared_size, jpeg_with_declared_size])
def test_dimensions_over_our_limit_are_reported(make: Any) -> None:
    # 100 MP: above our 40 MP default and Pillow's warning threshold, below its hard error.
    data = make(10000, 10000)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ImageTooLargeError) as info:
            decode_image(data)
    assert caught == []  # Pillow's DecompressionBombWarning must not leak
    assert "10000 x 10000 pixels" in str(info.value)
    assert "40.0 megapixels" in str(info.value)


def test_just_over_default_pixel_limit_is_refused() -> None:
    with pytest.raises(ImageTooLargeError, match="8000 x 6000 pixels"):
        decode_image(png_with_declared_size(8000, 6000))


def test_overlong_side_is_refused() -> None:
    with pytest.raises(ImageTooLargeError, match="20001 x 1 pixels"):
        decode_image(png_with_declared_size(20001, 1))


def test_max_pixels_argument_is_honoured() -> None:
    data = encode(Image.new("RGB", (100, 100), "red"), "PNG")
    with pytest.raises(ImageTooLargeError, match="100 x 100 pixels"):
        decode_image(data, max_pixels=9_999)
    assert_bgr(decode_image(data, max_pixels=10_000), 100, 100)


def test_max_side_argument_is_honoured() -> None:
    data = encode(Image.new("RGB", (50, 10), "red"), "PNG")
    with pytest.raises(ImageTooLargeError, match="50 x 10 pixels"):
        decode_image(data, max_side=49)
    assert_bgr(decode_image(data, max_side=50), 10, 50)


def test_max_bytes_is_honoured() -> None:
    data = encode(Image.new("RGB", (20, 20), "red"), "PNG")
    with pytest.raises(ImageTooLargeError) as info:
        decode_image(data, max_bytes=len(data) - 1)
    assert info.value.code == "ImageTooLarge"
    assert f"{len(data):,} bytes" in str(info.value)
    assert_bgr(decode_image(data, max_bytes=len(data)), 20, 20)


def test_load_image_refuses_a_huge_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.jpg"
    with path.open("wb") as file:
        file.truncate(4 * 1024**3)  # sparse: costs no disk, and reading it would take seconds and 4 GiB
    start = time.perf_counter()
    with pytest.raises(ImageTooLargeError, match="4,294,967,296 bytes"):
        load_image(path)
    assert time.perf_counter() - start < 1.0
    assert DEFAULT_MAX_BYTES < 4 * 1024**3


def test_load_image_max_bytes(tmp_path: Path) -> None:
    data = encode(Image.new("RGB", (20, 20), "red"), "PNG")
    path = tmp_path / "small.png"
    path.write_bytes(data)
    with pytest.raises(ImageTooLargeError):
        load_image(path, max_bytes=len(data) - 1)
    assert_bgr(load_image(path, max_bytes=len(data)), 20, 20)


# --- bad data -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", bytearray(), memoryview(b"")])
def test_empty_data(data: Any) -> None:
    with pytest.raises(EmptyImageError) as info:
        decode_image(data)
    assert info.value.code == "InvalidImage"


@pytest.mark.parametrize(
    "data",
    [
        b"hello, this is not an image at all\n" * 3,
        b'{"image": "not really"}',
        b"<html><body>404</body></html>",
        b"\x00",
    ],
)
def test_not_an_image(data: bytes) -> None:
    with pytest.raises(UnreadableImageError) as info:
        decode_image(data)
    assert info.value.code == "InvalidImage"
    assert "not an image" in str(info.value)


def test_formats_outside_the_allowlist_are_refused() -> None:
    # Pillow reads PPM and (via Ghostscript) EPS; neither belongs in front of untrusted input.
    ppm = encode(Image.new("RGB", (4, 4), "red"), "PPM")
    assert Image.open(io.BytesIO(ppm)).format == "PPM"
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"
    for data in (ppm, eps):
        with pytest.raises(UnreadableImageError, match="not an image in a supported format"):
            decode_image(data)


def noisy_image(size: int = 64) -> Image.Image:
    return Image.fromarray(np.random.default_rng(1).integers(0, 256, (size, size, 3), dtype=np.uint8))


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP"])
def test_truncated_file_is_refused_not_half_decoded(fmt: str) -> None:
    data = encode(noisy_image(), fmt)
    assert_bgr(decode_image(data), 64, 64)  # the whole file is fine
    with pytest.raises(UnreadableImageError) as info:
        decode_image(data[: len(data) // 2])
    assert info.value.code == "InvalidImage"


def test_png_header_followed_by_garbage() -> None:
    data = PNG_SIGNATURE + bytes(np.random.default_rng(2).integers(0, 256, 500, dtype=np.uint8))
    with pytest.raises(UnreadableImageError):
        decode_image(data)


def test_png_with_zero_width_is_refused() -> None:
    with pytest.raises(UnreadableImageError):
        decode_image(png_with_declared_size(0, 10))


def fuzz_seeds() -> list[bytes]:
    image = noisy_image(24)
    return [
        encode(image, "JPEG"),
        encode(image, "PNG"),
        encode(image.convert("P"), "GIF"),
        encode(image, "BMP"),
        encode(image, "TIFF"),
        encode(image, "WEBP"),
        marked_landscape_jpeg(6),
    ]


def test_fuzzed_input_only_ever_raises_image_error() -> None:
    rng = np.random.default_rng(1234)
    candidates: list[bytes] = [bytes(rng.integers(0, 256, n, dtype=np.uint8)) for n in (1, 7, 64, 4096)]
    for seed in fuzz_seeds():
        for _ in range(40):
            mutated = bytearray(seed)
            for position in rng.integers(0, len(mutated), rng.integers(1, 8)):
                mutated[position] = int(rng.integers(0, 256))
            candidates.append(bytes(mutated))
            candidates.append(seed[: int(rng.integers(1, len(seed)))])
    decoded = refused = 0
    for data in candidates:
        try:
            result = decode_image(data)
        except ImageError:
            refused += 1
        else:
            decoded += 1
            assert result.dtype == np.uint8 and result.ndim == 3 and result.shape[2] == 3
            assert result.flags.c_contiguous
    # Both outcomes must occur, or the mutations are not exercising anything.
    assert decoded > 0 and refused > 0


def test_decode_rejects_non_bytes_with_type_error() -> None:
    with pytest.raises(TypeError):
        decode_image("image.jpg")  # type: ignore[arg-type]


# --- files --------------------------------------------------------------------------------------------


def test_load_image_from_str_and_pathlike(tmp_path: Path) -> None:
    path = tmp_path / "pair.png"
    path.write_bytes(encode(two_colour_image(), "PNG"))
    for source in (path, str(path)):
        result = load_image(source)
        assert_bgr(result, 1, 2)
        assert tuple(result[0, 0]) == BGR_RED


def test_load_image_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    # Documented: a path problem is an OSError, not an ImageError.
    with pytest.raises(FileNotFoundError):
        load_image(tmp_path / "missing.jpg")


def test_load_image_directory_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError) as info:
        load_image(tmp_path)
    assert not isinstance(info.value, ImageError)


def test_load_image_refuses_unreadable_content(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("definitely not a JPEG")
    with pytest.raises(UnreadableImageError):
        load_image(path)


# --- load_image_source --------------------------------------------------------------------------------


def test_source_array_is_passed_through_unchanged() -> None:
    array = np.zeros((4, 5, 3), dtype=np.uint8)
    array[1, 2] = BGR_RED
    assert load_image_source(array) is array


def test_source_non_contiguous_array_becomes_contiguous_copy() -> None:
    base = np.arange(4 * 10 * 3, dtype=np.uint8).reshape(4, 10, 3)
    view = base[:, ::2]
    assert not view.flags.c_contiguous
    result = load_image_source(view)
    assert_bgr(result, 4, 5)
    assert np.array_equal(result, view)


@pytest.mark.parametrize(
    ("array", "expected"),
    [
        (np.zeros((4, 4, 3), dtype=np.float32), "dtype float32"),
        (np.zeros((4, 4, 3), dtype=np.uint16), "dtype uint16"),
        (np.zeros((4, 4), dtype=np.uint8), "COLOR_GRAY2BGR"),
        (np.zeros((4, 4, 4), dtype=np.uint8), "COLOR_BGRA2BGR"),
        (np.zeros((2, 4, 4, 3), dtype=np.uint8), r"shape \(2, 4, 4, 3\)"),
    ],
)
def test_source_array_of_wrong_kind_is_refused(array: npt.NDArray[Any], expected: str) -> None:
    with pytest.raises(InvalidArrayError, match=expected) as info:
        load_image_source(array)
    assert info.value.code == "InvalidImage"


def test_source_empty_array_is_refused() -> None:
    with pytest.raises(EmptyImageError):
        load_image_source(np.zeros((0, 5, 3), dtype=np.uint8))


def test_source_bytes_and_path(tmp_path: Path) -> None:
    data = encode(two_colour_image(), "PNG")
    path = tmp_path / "pair.png"
    path.write_bytes(data)
    for source in (data, bytearray(data), path, str(path)):
        result = load_image_source(source)
        assert_bgr(result, 1, 2)
        assert tuple(result[0, 1]) == BGR_BLUE


def test_source_limits_are_forwarded() -> None:
    data = encode(Image.new("RGB", (100, 100)), "PNG")
    with pytest.raises(ImageTooLargeError):
        load_image_source(data, max_pixels=100)


def test_source_of_unknown_type_raises_type_error() -> None:
    with pytest.raises(TypeError):
        load_image_source(12345)  # type: ignore[arg-type]


# --- error hierarchy and concurrency ------------------------------------------------------------------


def test_error_hierarchy_and_codes() -> None:
    for cls in (EmptyImageError, UnreadableImageError, ImageTooLargeError, InvalidArrayError):
        assert issubclass(cls, ImageError)
        assert issubclass(cls, ValueError)
    assert EmptyImageError("x").code == "InvalidImage"
    assert UnreadableImageError("x").code == "InvalidImage"
    assert InvalidArrayError("x").code == "InvalidImage"
    assert ImageTooLargeError("x").code == "ImageTooLarge"
    assert str(ImageTooLargeError("too big")) == "too big"


def test_concurrent_decodes_leave_warning_filters_intact() -> None:
    data = encode(noisy_image(), "PNG")
    filters_before = list(warnings.filters)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(10):
                assert decode_image(data).shape == (64, 64, 3)
                with pytest.raises(ImageTooLargeError):
                    decode_image(png_with_declared_size(10000, 10000))
        except BaseException as exc:  # surfaced below: exceptions in threads are otherwise lost
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert warnings.filters == filters_before
