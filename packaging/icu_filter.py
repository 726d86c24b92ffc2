"""A smaller ICU data library for the bundle: the same library with less data.

QtCore links ICU (libicuuc, libicui18n, libicudata), so ICU cannot be left
out. Its data library holds one 32 MB "common data" blob: converters for
legacy encodings, break-iterator dictionaries, and the display names of
currencies, languages, regions, time zones and units in ~800 locales. Qt uses
ICU here for collation (QCollator: the file dialog sorts names with it) and
case mapping; it has its own CLDR tables for everything QLocale shows, and
LayerLab reads and writes UTF-8 only. An *empty* data library breaks
collation, so this keeps the collation tree (``coll/``), the root resources
(the shared key pool, the locale index, likely subtags, the time-zone rules)
and the normalization/property files, and drops the rest.

The blob is ICU's documented common-data layout (``ucmndata.h``): a data
header (``headerSize``, magic ``0xda27``, format ``CmnD``), then a table of
contents (a count and ``(nameOffset, dataOffset)`` pairs relative to the
table, names sorted as ICU's binary search expects), then the items, each
16-byte aligned. The filtered blob is written back as a shared library with
the same SONAME and the same one exported symbol (``icudt<N>_dat``), built
with binutils' ``as`` and ``ld`` (no compiler). Standard library only: the
PyInstaller spec imports this module.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

# ICU data trees and file kinds the app never reads (see the docstring).
DROPPED_TREES = ("brkitr", "curr", "lang", "rbnf", "region", "translit", "unit", "zone")
DROPPED_SUFFIXES = (".cnv", ".spp", ".cfu")
ALIGN = 16


def keep_item(name: str) -> bool:
    """True for an item such as ``icudt73l/coll/de.res`` that the app needs."""
    parts = name.split("/")
    if len(parts) > 2 and parts[1] in DROPPED_TREES:
        return False
    return not name.endswith(DROPPED_SUFFIXES)


def read_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The data header and the ``(name, bytes)`` items of an ICU common-data blob."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data (magic 0xda27, format CmnD)")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _name, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_at, data_at), end in zip(entries, ends, strict=True):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        items.append((name, toc[data_at:end]))
    return blob[:header_size], items


def write_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The blob for ``items`` (sorted by name, as ICU's lookup requires)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b""
    name_offsets = []
    table_size = 4 + 8 * len(items)
    for name, _data in items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    data_start = _aligned(table_size + len(names))
    body = bytearray()
    data_offsets = []
    for _name, data in items:
        data_offsets.append(data_start + len(body))
        body += data + b"\0" * (_aligned(len(data)) - len(data))
    toc = bytearray(struct.pack("<I", len(items)))
    for name_at, data_at in zip(name_offsets, data_offsets, strict=True):
        toc += struct.pack("<II", name_at, data_at)
    toc += names + b"\xaa" * (data_start - table_size - len(names))  # as ICU pads
    return bytes(header) + bytes(toc) + bytes(body)


def _aligned(size: int) -> int:
    return (size + ALIGN - 1) // ALIGN * ALIGN


def filter_blob(blob: bytes) -> tuple[bytes, int, int]:
    """The filtered blob, and how many items it keeps out of how many."""
    header, items = read_common_data(blob)
    kept = [item for item in items if keep_item(item[0])]
    return write_common_data(header, kept), len(kept), len(items)


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The ``icudt<N>_dat`` symbol of ``library``: name, file offset, size."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size = int(fields[0], 16), int(fields[1], 16)
            return fields[3], _file_offset(library.read_bytes(), address), size
    raise ValueError(f"{library} exports no icudt<N>_dat symbol")


def _file_offset(elf: bytes, address: int) -> int:
    """Where the loadable ``address`` lies in a 64-bit little-endian ELF file."""
    if elf[:6] != b"\x7fELF\x02\x01":
        raise ValueError("not a 64-bit little-endian ELF file")
    phoff, phentsize, phnum = (
        struct.unpack_from("<Q", elf, 32)[0],
        *struct.unpack_from("<HH", elf, 54),
    )
    for i in range(phnum):
        kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
            "<IIQQQQ", elf, phoff + i * phentsize
        )
        if kind == 1 and vaddr <= address < vaddr + filesz:  # PT_LOAD
            return offset + address - vaddr
    raise ValueError(f"address {address:#x} is in no loadable segment")


def soname(library: Path) -> str:
    dynamic = subprocess.run(
        ["objdump", "-p", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"SONAME\s+(\S+)", dynamic)
    return found.group(1) if found else library.name


def build_library(blob: bytes, symbol: str, name: str, target: Path) -> None:
    """A shared library ``name`` exporting ``blob`` as ``symbol`` (as + ld)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "data.bin").write_bytes(blob)
        (work / "data.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign {ALIGN}\n{symbol}:\n\t.incbin "data.bin"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(["as", "-o", "data.o", "data.s"], cwd=work, check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", name, "-z", "noexecstack", "-o", "out.so",
             "data.o"],
            cwd=work,
            check=True,
        )  # fmt: skip
        shutil.copyfile(work / "out.so", target)


def filtered_library(source: Path, target: Path) -> str:
    """Write the filtered copy of ICU data library ``source`` to ``target``."""
    symbol, offset, size = data_symbol(source)
    blob = source.read_bytes()[offset : offset + size]
    filtered, kept, total = filter_blob(blob)
    build_library(filtered, symbol, soname(source), target)
    return (
        f"ICU data filtered: {kept} of {total} items, "
        f"{size / 1e6:.1f} MB -> {len(filtered) / 1e6:.1f} MB"
    )


def available() -> bool:
    """The binutils the filter needs (nm, objdump, as, ld) are installed."""
    return all(shutil.which(tool) for tool in ("nm", "objdump", "as", "ld"))
