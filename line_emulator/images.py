"""Pixel size of PNG and JPEG images, read from their headers with the standard library."""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Start-of-frame markers (baseline, progressive, lossless, arithmetic...): not DHT (C4), JPG (C8), DAC (CC).
JPEG_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
JPEG_STANDALONE_MARKERS = {0x01, *range(0xD0, 0xD8)}  # TEM and RSTn carry no length


def image_dimensions(data: bytes) -> tuple[str, int, int] | None:
    """("png" | "jpeg", width, height), or None when the bytes are neither a PNG nor a JPEG."""
    if data.startswith(PNG_SIGNATURE):
        if len(data) < 24 or data[12:16] != b"IHDR":
            return None
        width, height = struct.unpack(">II", data[16:24])
        return "png", width, height
    if data.startswith(b"\xff\xd8"):
        return _jpeg_dimensions(data)
    return None


def _jpeg_dimensions(data: bytes) -> tuple[str, int, int] | None:
    index = 2
    while index < len(data):
        if data[index] != 0xFF:
            return None  # not at a marker: corrupt
        while index < len(data) and data[index] == 0xFF:  # fill bytes
            index += 1
        if index >= len(data):
            return None
        marker = data[index]
        index += 1
        if marker in JPEG_STANDALONE_MARKERS:
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame header
            return None
        if index + 2 > len(data):
            return None
        (length,) = struct.unpack(">H", data[index : index + 2])
        if marker in JPEG_SOF_MARKERS:
            if index + 7 > len(data):
                return None
            height, width = struct.unpack(">HH", data[index + 3 : index + 7])
            return "jpeg", width, height
        index += length
    return None
