"""Turn raw bytes into text the way a careful browser would, and tell text from binary files."""

from __future__ import annotations

import codecs
import re

_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"RIFF",  # WebP, WAV, AVI
    b"\x00\x00\x01\x00",  # ICO
    b"wOFF",
    b"wOF2",
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, epub, odt
    b"PK\x05\x06",
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"\x28\xb5\x2f\xfd",  # zstd
    b"Rar!\x1a\x07",
    b"\x7fELF",
    b"\xca\xfe\xba\xbe",
    b"\xcf\xfa\xed\xfe",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # OLE: .doc, .xls, .msg
    b"SQLite format 3\x00",
    b"OggS",
    b"fLaC",
    b"ID3",
    b"\x1aE\xdf\xa3",  # Matroska, WebM
    b"\x00asm",
)
_SIGNATURE_NAMES = {
    b"\x89PNG": "a PNG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or docx/epub)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "a program",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Office document",
    b"SQLite format 3\x00": "an SQLite database",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 bytes text rarely holds; BEL, backspace and ESC are left out because terminal-hostile text
# (escape sequences) must still open, sanitised, rather than be refused as binary.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (7, 8, 9, 10, 11, 12, 13, 27))
# Browsers treat these labels as windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS = {
    "ascii",
    "us-ascii",
    "latin1",
    "latin-1",
    "l1",
    "iso-8859-1",
    "iso8859-1",
    "iso_8859-1",
    "iso88591",
    "iso-ir-100",
    "cp819",
    "ibm819",
    "csisolatin1",
    "windows-1252",
    "cp1252",
    "x-cp1252",
    "ansi_x3.4-1968",
}
# Labels browsers read as a superset encoding (WHATWG), by Python codec name.
_BROWSER_SUPERSETS = {
    "gb2312": "gbk",
    "euc_cn": "gbk",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}
# Legacy encodings a saved article realistically comes in; DOS, Mac and EBCDIC code pages are
# left out because charset-normalizer picks them for short Western texts (cp775 for "Naïve").
_DETECT_CANDIDATES = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "latin_1",
    "iso8859_2",
    "iso8859_3",
    "iso8859_4",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_15",
    "iso8859_16",
    "koi8_r",
    "koi8_u",
    "cp866",
    "cp874",
    "tis_620",
    "big5",
    "big5hkscs",
    "cp932",
    "cp949",
    "cp950",
    "euc_jp",
    "euc_kr",
    "gb18030",
    "gb2312",
    "gbk",
    "shift_jis",
    "iso2022_jp",
    "iso2022_kr",
    "johab",
]
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")


def _web_latin1(exc: UnicodeError) -> tuple[str, int]:
    """Decode the five bytes cp1252 leaves undefined as the code points browsers give them."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(chr(b) for b in bad), exc.end


def _bytes_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects one by one as cp1252, as a browser would show them."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="quotemark-web-latin1"), exc.end


codecs.register_error("quotemark-web-latin1", _web_latin1)
codecs.register_error("quotemark-cp1252-bytes", _bytes_as_cp1252)


def binary_reason(data: bytes) -> str | None:
    """Return why `data` looks like a binary file ("a PNG image", "NUL bytes"), or None for text."""
    for sig in _BINARY_SIGNATURES:
        if data.startswith(sig):
            return _SIGNATURE_NAMES.get(sig, "a binary file (image, audio, archive or program)")
    if data[4:8] == b"ftyp":
        return "a video or audio file"
    head = data[:8192]
    if _bom_encoding(head) is not None or _utf16_without_bom(head) is not None:
        return None  # UTF-16/32 text holds NULs by design
    if b"\x00" in head:
        return "it contains NUL bytes"
    if head and len(head.translate(None, _CONTROL_BYTES)) < len(head) * 0.7:
        return "it is mostly control bytes"
    return None


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Return utf-16-le/be when NULs sit on every other byte as in mostly-ASCII UTF-16 text."""
    if len(head) < 8 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
        if len(head) < 8:
            return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.8 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= 0.8 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def normalize_encoding(label: str) -> str | None:
    """Return the Python codec for an HTML charset label (latin-1 read as cp1252), or None."""
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page that reached us as bytes is not UTF-16 unless it has a BOM
    return _BROWSER_SUPERSETS.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """Return the codec an HTML/XML document declares in its first 4 KiB, or None."""
    head = data[:4096]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not m:
        return None
    return normalize_encoding(m.group(1).decode("ascii", "replace"))


def decode_as(data: bytes, encoding: str) -> str:
    """Return `data` decoded with `encoding`; cp1252 maps its undefined bytes as browsers do."""
    if encoding == "cp1252":
        return data.decode("cp1252", errors="quotemark-web-latin1")
    return data.decode(encoding, errors="replace")


def detect_encoding(data: bytes) -> str:
    """Return the most likely legacy encoding of `data`, preferring cp1252 on a tie."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # degrade to the browsers' default rather than fail
        return "cp1252"
    matches = list(from_bytes(data, cp_isolation=_DETECT_CANDIDATES))
    if not matches:
        return "cp1252"
    best = matches[0]
    if _is_cp1252(best.encoding) or "cp1252" in best.could_be_from_charset:
        return "cp1252"
    for m in matches[1:]:
        tie = abs(m.chaos - best.chaos) <= 0.01 and abs(m.coherence - best.coherence) <= 0.01
        if tie and (_is_cp1252(m.encoding) or "cp1252" in m.could_be_from_charset):
            return "cp1252"
    return best.encoding


def _is_cp1252(encoding: str) -> bool:
    return encoding in ("cp1252", "latin_1", "iso8859_15")


def _mostly_utf8(data: bytes) -> bool:
    """Return True when valid UTF-8 sequences outnumber the stray bytes (a UTF-8 file with a few
    pasted cp1252 bytes), so detection does not turn every curly quote into mojibake."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - bad >= max(bad, 1)


def decode_bytes(data: bytes, html: bool = False) -> tuple[str, str]:
    """Return (text, encoding used): BOM, the HTML declaration, strict UTF-8, then detection."""
    bom = _bom_encoding(data)
    if bom is not None:
        return data.decode(bom, errors="replace").removeprefix("\ufeff"), bom
    utf16 = _utf16_without_bom(data[:8192])
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), utf16
    if html:
        declared = declared_charset(data)
        if declared is not None and declared != "utf-8":
            return decode_as(data, declared), declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="quotemark-cp1252-bytes"), "utf-8"
    encoding = detect_encoding(data)
    return decode_as(data, encoding), encoding
