"""The hashes spaCy and thinc use for a bag-of-n-grams classifier, without either library:
MurmurHash64A (a token's ORTH id, seed 1; a bigram of two ids, seed 0) and the 32-bit
MurmurHash3 of a 64-bit key that picks the two weight rows of each n-gram."""

from __future__ import annotations

from typing import Any

M64 = 0xC6A4A7935BD1E995
MASK = 0xFFFFFFFFFFFFFFFF


def murmur64a(data: bytes, seed: int) -> int:
    """MurmurHash64A of ``data`` (little-endian blocks), as murmurhash's ``hash64``."""
    n = len(data)
    h = (seed ^ (n * M64)) & MASK
    end = n - (n & 7)
    for i in range(0, end, 8):
        k = (int.from_bytes(data[i:i + 8], "little") * M64) & MASK
        k ^= k >> 47
        k = (k * M64) & MASK
        h ^= k
        h = (h * M64) & MASK
    if n & 7:
        h ^= int.from_bytes(data[end:], "little")
        h = (h * M64) & MASK
    h ^= h >> 47
    h = (h * M64) & MASK
    h ^= h >> 47
    return h


def bigram_keys(a: Any, b: Any) -> Any:
    """MurmurHash64A (seed 0) of each pair of uint64 ids, two blocks of 8 bytes."""
    import numpy as np

    m = np.uint64(M64)
    r = np.uint64(47)
    h = np.full(a.shape, (16 * M64) & MASK, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in (a, b):
            k = k * m
            k ^= k >> r
            k = k * m
            h ^= k
            h = h * m
        h ^= h >> r
        h = h * m
        h ^= h >> r
    return h


def rows(keys: Any, seed: int) -> Any:
    """thinc's MurmurHash3_x86_32 of each uint64 key (two 4-byte blocks) with ``seed``."""
    import numpy as np

    u = np.uint32
    c1, c2 = u(0xCC9E2D51), u(0x1B873593)

    def rotl(x: Any, s: int) -> Any:
        return (x << u(s)) | (x >> u(32 - s))

    with np.errstate(over="ignore"):
        h = np.full(keys.shape, seed, dtype=np.uint32)
        for block in ((keys & np.uint64(0xFFFFFFFF)).astype(np.uint32),
                      (keys >> np.uint64(32)).astype(np.uint32)):
            k = rotl(block * c1, 15) * c2
            h ^= k
            h = rotl(h, 13) * u(5) + u(0xE6546B64)
        h ^= u(8)
        h ^= h >> u(16)
        h = h * u(0x85EBCA6B)
        h ^= h >> u(13)
        h = h * u(0xC2B2AE35)
        h ^= h >> u(16)
    return h
