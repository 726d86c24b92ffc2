"""Reading a session's ``arrays.npz`` without letting the file decide the cost.

A session file comes from someone else, so nothing in it is trusted to say
how much memory it needs: not a zip member's declared size, not an ``.npy``
header's shape. Instead the session's own description (``session.json``:
the network, the data's rows and columns, the number of mini-batches) says
which arrays must exist and their exact shapes. Every array is checked
against that description, from its ``.npy`` header, *before* its data is
read; every zip member's declared size is checked before it is opened, and
its bytes are read in bounded chunks, so a forged header costs nothing. The
description itself must fit ``MAX_ARRAY_BYTES``.

The budget, from the caps (``core.engine.config``, ``core.data.csv_reading``): the
largest session LayerLab writes in practice is Adam's three parameter-sized
arrays for a ``4096, 4096`` network on 20 features (3 x 16.9 M numbers), a
CSV at the reader's cell cap (``data_X`` and ``data_y``, 2 x 2 M numbers),
and ten thousand epochs of a thousand mini-batch losses (10 M numbers):
about 0.52 GB at 8 bytes a number. The budget is three times that (1.55 GB),
so no honest session comes near it. ``save_session`` refuses to write a
session over it, so every file LayerLab writes, it can read back.
"""

from __future__ import annotations

import io
import math
import struct
import zipfile
from collections.abc import Sequence
from itertools import pairwise
from typing import IO

import numpy as np

from core.data.csv_reading import MAX_CELLS
from core.engine.config import MAX_EPOCHS, MAX_UNITS
from core.engine.model import MLP
from core.files.bounded_read import FileRefused, read_at_most, read_exactly, size_words

Array = np.ndarray
Shapes = dict[str, tuple[int, ...]]

NUMBER_BYTES = 8  # every array is stored as (at most) 8-byte numbers
LARGEST_SESSION_NUMBERS = (
    3 * MLP.parameter_count_for([20, MAX_UNITS, MAX_UNITS, 1])
    + 2 * MAX_CELLS
    + MAX_EPOCHS * 1_000
)
MAX_ARRAY_BYTES = 3 * LARGEST_SESSION_NUMBERS * NUMBER_BYTES
# session.json: ten thousand epochs of trace (~0.4 KB each) and a CSV's names.
MAX_JSON_BYTES = 16 * 1024 * 1024
HEADER_BYTES = 64 * 1024  # room for one .npy header and its zip entry
MAX_MEMBERS = 16  # a session has 2 members, arrays.npz at most 8
MAX_DIRECTORY_BYTES = 64 * 1024
MAX_FILE_BYTES = MAX_ARRAY_BYTES + MAX_JSON_BYTES + 16 * HEADER_BYTES
_NUMBER_KINDS = "fiub"  # float, int, unsigned, bool: never objects
PARAMETER_ARRAYS = ("theta", "optimizer_m", "optimizer_v", "optimizer_velocity")


class ArraysRefused(ValueError):
    """The arrays do not match the session's description; the reason in words."""


def expected_shapes(
    layer_sizes: list[int],
    steps: int,
    optimizer: tuple[str, ...],
    data: tuple[int, ...],
) -> Shapes:
    """The arrays a session with this description holds, and their exact shapes.

    ``layer_sizes`` is the network, inputs to output; ``optimizer`` names the
    optimizer's saved arrays (none when it kept no state); ``data`` is the
    CSV's (rows, features), or () for built-in data, made from its seed.
    """
    size = MLP.parameter_count_for(layer_sizes)
    shapes: Shapes = {"theta": (size,), "batch_losses": (steps,)}
    for key in optimizer:
        shapes[f"optimizer_{key}"] = (size,)
    if optimizer:
        shapes["optimizer_t"] = ()
    if data:
        shapes["data_X"] = tuple(data)
        shapes["data_y"] = tuple(data[:1])
    return shapes


def total_bytes(shapes: Shapes) -> int:
    return sum(math.prod(shape) * NUMBER_BYTES for shape in shapes.values())


def check_budget(shapes: Shapes) -> int:
    """Refuse a description that needs more than ``MAX_ARRAY_BYTES``."""
    total = total_bytes(shapes)
    if total > MAX_ARRAY_BYTES:
        raise ArraysRefused(
            f"its settings need {size_words(total)} of numbers; LayerLab opens "
            f"sessions up to {size_words(MAX_ARRAY_BYTES)}"
        )
    return total


def check_directory(handle: IO[bytes]) -> None:
    """Refuse a zip whose directory lists more members than a session has.

    ``zipfile`` builds an object per listed member before anything can be
    checked, so a directory of millions of entries would cost memory itself.
    """
    end = handle.seek(0, io.SEEK_END)
    handle.seek(max(0, end - (22 + 65535)))
    tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return  # not a zip: zipfile says so in its own words
    entries, directory = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        raise ArraysRefused(
            f"its zip directory lists {entries} members; a session has at most "
            f"{MAX_MEMBERS}"
        )
    handle.seek(0)


def read_member(archive: zipfile.ZipFile, member: str, limit: int) -> bytes:
    """A member's bytes: its declared size and its real size both at most ``limit``."""
    info = archive.getinfo(member)
    if info.file_size > limit:
        raise ArraysRefused(
            f"'{member}' unpacks to {size_words(info.file_size)}; this file's "
            f"description allows at most {size_words(limit)} there"
        )
    with archive.open(info) as stream:
        try:
            return read_at_most(stream, limit, f"'{member}'")
        except FileRefused as problem:
            raise ArraysRefused(str(problem)) from None


def parameter_misfit(
    layer_sizes: Sequence[int], found: int, what: str = "the saved parameters"
) -> str:
    """Which layer ``found`` saved parameters fail to fill, in words.

    The parameters are stored flat, layer after layer (``W`` then ``b``, as
    ``core.engine.model`` lays them out), so the first layer they run out in, or the
    numbers left over after the last one, says where the file and its
    settings disagree.
    """
    network = " → ".join(str(n) for n in layer_sizes)
    start = f"{what} ({found:,} numbers) do not fit the network {network}"
    left = found
    for k, (n_in, n_out) in enumerate(pairwise(layer_sizes), start=1):
        need = (n_in + 1) * n_out
        if left < need:
            return (
                f"{start}: layer {k} ({n_in} → {n_out}) needs W of shape "
                f"({n_in}, {n_out}) and b of shape ({n_out},), {need:,} numbers, "
                f"but only {left:,} are left for it"
            )
        left -= need
    return (
        f"{start}: its {len(layer_sizes) - 1} layers need {found - left:,} "
        f"numbers, and {left:,} more were saved"
    )


def read_arrays(
    archive: zipfile.ZipFile, member: str, shapes: Shapes, layer_sizes: Sequence[int]
) -> dict[str, Array]:
    """The arrays named in ``shapes``, each checked before its data is read."""
    allowance = total_bytes(shapes) + HEADER_BYTES * (len(shapes) + 1)
    raw = io.BytesIO(read_member(archive, member, allowance))
    check_directory(raw)
    with zipfile.ZipFile(raw) as npz:
        names = set(npz.namelist())
        arrays = {}
        for key, shape in shapes.items():
            if f"{key}.npy" not in names:
                raise ArraysRefused(f"the array '{key}' is missing from {member}")
            arrays[key] = _read_npy(npz, key, shape, layer_sizes)
        return arrays


def _read_npy(
    npz: zipfile.ZipFile, key: str, shape: tuple[int, ...], layer_sizes: Sequence[int]
) -> Array:
    info = npz.getinfo(f"{key}.npy")
    if info.file_size > math.prod(shape) * NUMBER_BYTES + HEADER_BYTES:
        raise ArraysRefused(
            f"the array '{key}' unpacks to {size_words(info.file_size)}, more than "
            f"its shape {shape} can hold"
        )
    with npz.open(info) as stream:
        found, fortran, dtype = _header(stream, key)
        if found != shape and key in PARAMETER_ARRAYS and len(found) == 1:
            what = f"the parameters saved in '{key}'"
            raise ArraysRefused(parameter_misfit(layer_sizes, found[0], what))
        if found != shape:
            raise ArraysRefused(
                f"the array '{key}' has shape {found}; the session's settings "
                f"need {shape}"
            )
        buffer = bytearray(math.prod(shape) * dtype.itemsize)
        try:
            read_exactly(stream, memoryview(buffer), f"the array '{key}'")
        except FileRefused as problem:
            raise ArraysRefused(str(problem)) from None
    values = np.frombuffer(buffer, dtype)  # writable: it shares the bytearray
    return values.reshape(shape, order="F" if fortran else "C")


def _header(stream: IO[bytes], key: str) -> tuple[tuple[int, ...], bool, np.dtype]:
    """An ``.npy`` header (shape, order, dtype), refused unless it holds plain
    numbers of at most 8 bytes. Reading it never unpickles anything."""
    fmt = np.lib.format
    try:
        version = fmt.read_magic(stream)
        reader = {(1, 0): fmt.read_array_header_1_0, (2, 0): fmt.read_array_header_2_0}
        if version not in reader:
            raise ValueError(f"unknown .npy version {version}")
        shape, fortran, dtype = reader[version](stream)
    except (ValueError, SyntaxError, TypeError, EOFError) as problem:
        message = f"the array '{key}' has a damaged header ({problem})"
        raise ArraysRefused(message) from None
    plain = (
        not dtype.hasobject
        and dtype.fields is None
        and dtype.subdtype is None
        and dtype.kind in _NUMBER_KINDS
        and dtype.itemsize <= NUMBER_BYTES
    )
    if not plain:
        raise ArraysRefused(f"the array '{key}' should hold numbers, not {dtype}")
    return tuple(int(n) for n in shape), bool(fortran), dtype
