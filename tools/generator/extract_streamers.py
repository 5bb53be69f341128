#!/usr/bin/env python3
"""Extracts the decompressed payload of the `StreamerInfo` key of a 2020 release file (ROOT
6.18/04) into crates/ntuple-writer/data/streamer_info_root_6_18_04.bin, which ntuple-writer
embeds so its files carry ROOT 6.18/04's own streamer infos for TTree, TBranch, TBranchElement,
TLeafElement, TLeafI/F/O and vector<bool|int|unsigned int|float>.

    python tools/generator/extract_streamers.py ../shared/data/opendata-2020/4lep/Data/data_A.4lep.root
"""

import os
import struct
import sys
import zlib


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    path = sys.argv[1]
    raw = open(path, "rb").read()
    if raw[:4] != b"root":
        raise SystemExit(f"error: {path} is not a ROOT file")
    # small file header: magic, fVersion, fBEGIN, fEND, fSeekFree, fNbytesFree, nfree,
    # fNbytesName, fUnits, fCompress, fSeekInfo, fNbytesInfo
    (version,) = struct.unpack(">i", raw[4:8])
    if version >= 1_000_000:
        raise SystemExit(f"error: {path} is a large-file ROOT file; use a small one")
    seek_info, nbytes_info = struct.unpack(">ii", raw[37:45])
    key = raw[seek_info:seek_info + nbytes_info]
    _nbytes, _kversion, objlen, _datime, keylen = struct.unpack(">ihiIh", key[:16])
    body, out = key[keylen:], b""
    while body:
        algo, csize = body[:2], int.from_bytes(body[3:6], "little")
        if algo != b"ZL":
            raise SystemExit(f"error: {path}: streamer infos compressed with {algo!r}, only zlib is handled")
        out += zlib.decompress(body[9:9 + csize])
        body = body[9 + csize:]
    if len(out) != objlen:
        raise SystemExit(f"error: {path}: {len(out)} bytes decompressed, {objlen} expected")
    target = os.path.join(os.path.dirname(__file__), "..", "..", "crates", "ntuple-writer", "data",
                          "streamer_info_root_6_18_04.bin")
    with open(target, "wb") as f:
        f.write(out)
    print(f"wrote {os.path.normpath(target)} ({len(out)} bytes, ROOT {version})")


if __name__ == "__main__":
    main()
